import { describe, expect, it } from '@jest/globals';
import { ActorRegistry } from './actor-registry.js';

const registry = ActorRegistry.load();

describe('actor registry (built knowledge base)', () => {
  it('keeps the hand-written ids and merges the dictionaries into them', () => {
    const r = registry.resolve('Sergey Kuzhugetovich Shoygu');
    expect(r.ok && r.actor.id).toBe('actor:person:sergei-shoigu');
  });

  it('resolves a dictionary actor by an Arabic surface form and by an English alias', () => {
    const byArabic = registry.resolve('دونالد رامسفيلد');
    const byEnglish = registry.resolve('Donald H. Rumsfeld');
    expect(byArabic.ok && byArabic.actor.id).toBe('actor:person:donald-rumsfeld');
    expect(byEnglish.ok && byEnglish.actor.id).toBe('actor:person:donald-rumsfeld');
    expect(registry.affiliationsOf('actor:person:donald-rumsfeld')).toEqual(['actor:org:pentagon', 'actor:org:us-government', 'place:country:US']);
  });

  it('resolves a de-lemmatised Arabic organisation name', () => {
    const r = registry.resolve('حكومة إقليم كردستان');
    expect(r.ok && r.actor.type).toBe('government');
  });

  it('resolves former names to the current actor', () => {
    const r = registry.resolve('جند الأقصى');
    expect(r.ok && r.actor.id).toBe('actor:group:ansar-al-tawhid');
  });
});
