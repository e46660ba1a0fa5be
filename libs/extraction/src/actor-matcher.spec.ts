import { describe, expect, it } from '@jest/globals';
import { isLinkedActor } from '#contracts';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';

const extractor = new EntityExtractor(Gazetteer.load(), ActorRegistry.load());
const actors = (title: string, text: string) =>
  extractor
    .extract({ title, text })
    .filter(isLinkedActor)
    .map((e) => ({ id: e.id, mentions: e.mentions.map((m) => `${m.field}:${m.text}:${m.form}`) }));

describe('actors', () => {
  it('resolves a surname to the person named in full earlier in the article, not before', () => {
    const text = 'قال شويغو أمس.\n\nوأعلن وزير الدفاع الروسي سيرغي شويغو وصول التعزيزات.\n\nوأضاف شويغو أن العمليات مستمرة.';
    expect(actors('', text)).toEqual([
      { id: 'actor:person:sergei-shoigu', mentions: ['text:سيرغي شويغو:name', 'text:شويغو:short'] },
    ]);
  });

  it('carries a full name in the title over to the text', () => {
    expect(actors('Sergei Shoigu visits Hmeimim', 'Shoigu met commanders.')).toEqual([
      { id: 'actor:person:sergei-shoigu', mentions: ['title:Sergei Shoigu:name', 'text:Shoigu:short'] },
    ]);
  });

  it('links organisations through clitics and former names', () => {
    const found = actors('', 'وقالت وزارة الدفاع الروسية إن مقاتلي جند الأقصى وهيئة تحرير الشام انسحبوا');
    expect(found.map((a) => a.id)).toEqual(['actor:org:ru-mod', 'actor:group:ansar-al-tawhid', 'actor:group:hts']);
    expect(found[2]!.mentions).toEqual(['text:وهيئة تحرير الشام:name']);
  });

  it('gives an actor its affiliations: organisation, then country', () => {
    const [shoigu] = extractor.extract({ title: '', text: 'سيرغي شويغو' });
    expect(shoigu!.ancestors).toEqual(['actor:org:ru-mod', 'actor:org:ru-government', 'place:country:RU']);
  });
});

describe('ActorRegistry', () => {
  const registry = ActorRegistry.load();
  it.each([
    ['Sergei Shoigu', 'actor:person:sergei-shoigu'],
    ['سيرغي شويغو', 'actor:person:sergei-shoigu'],
    ['Jund al-Aqsa', 'actor:group:ansar-al-tawhid'],
    ['داعش', 'actor:group:isis'],
  ])('resolves %p', (query, id) => {
    const r = registry.resolve(query);
    expect(r.ok && r.actor.id).toBe(id);
  });

  it('suggests for a misspelt name', () => {
    const r = registry.resolve('Sergei Shoygo');
    expect(r.ok ? [] : r.suggestions.map((s) => s.id)).toContain('actor:person:sergei-shoigu');
  });
});

describe('places inside actor names', () => {
  it('are part of the name, not mentions of the place', () => {
    const extractor2 = new EntityExtractor(Gazetteer.load(), ActorRegistry.load());
    const ids = extractor2.extract({ title: '', text: 'قالت قوات سوريا الديمقراطية وهيئة تحرير الشام' }).map((e) => e.id).sort();
    expect(ids).toEqual(['actor:group:hts', 'actor:group:sdf']);
  });
});
