import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';

const extractor = new EntityExtractor(Gazetteer.load());
const mentions = (text: string) =>
  extractor.extract({ title: '', text }).map((e) => [e.nameAr, e.mentions.map((m) => [m.text, text.slice(m.start, m.end)])]);

describe('withPlaceBounds (through EntityExtractor)', () => {
  it('leaves a generic head out of the mention and keeps the link', () => {
    const [[name, [[text, slice]]]] = mentions('تصاعد القصف على قطاع غزة أمس') as [[string, [[string, string]]]];
    expect(text).toBe('غزة');
    expect(slice).toBe('غزة');
    // The link is the Gaza Strip still: only the mention loses its head.
    expect(name).toBe('قطاع غزة');
    expect(mentions('النمو السريع لدولة قطر')).toEqual([['قطر', [['قطر', 'قطر']]]]);
  });

  it('leaves the epithet of Mecca out, and keeps heads that are part of a name', () => {
    expect(mentions('بتوقيت مكة المكرمة')[0]![1]).toEqual([['مكة', 'مكة']]);
    expect(mentions('قصف على بلدة قلعة المضيق')[0]![1]).toEqual([['قلعة المضيق', 'قلعة المضيق']]);
  });
});
