import { describe, expect, it } from '@jest/globals';
import type { Entity } from '#contracts';
import { segmentStories, storyAt } from './story-segmenter.js';

/** An entity mentioned wherever `surface` occurs in `text` (an invented page). */
const entity = (text: string, id: string, surface: string): Entity => ({
  id, type: 'LOCATION', category: 'town', name: id, nameAr: surface, ancestors: [], confidence: 0.8,
  mentions: [...text.matchAll(new RegExp(surface, 'gu'))].map((m) => ({
    field: 'text', start: m.index, end: m.index + surface.length, text: surface, form: 'name', sentence: { field: 'text', start: 0, end: text.length },
  })),
});

const page = [
  'استقبل الوزير نظيره الأردني في دمشق أمس.',
  'وبحث الجانبان التعاون في دمشق وعمان.',
  'أعلنت بلدية حلب افتتاح مشفى جديد في حي السبيل.',
  'وقال رئيس البلدية إن المشفى في حلب يخدم الآلاف.',
  'إلى ذلك، قصفت المدفعية قرية في ريف إدلب.',
].join('\n\n');

const entities = [
  entity(page, 'damascus', 'دمشق'),
  entity(page, 'aleppo', 'حلب'),
  entity(page, 'idlib', 'إدلب'),
  // A country is named by every story of a page: it never ties two stories together.
  entity(page, 'place:country:JO', 'الأردني'),
];

describe('segmentStories', () => {
  const stories = segmentStories(page, entities);
  const texts = stories.map((s) => page.slice(s.start, s.end).split('\n\n')[0]!.slice(0, 12));

  it('starts a story at a lead naming places the current story has not, and at a transition', () => {
    expect(texts).toEqual(['استقبل الوزي', 'أعلنت بلدية ', 'إلى ذلك، قصف']);
    expect(stories[0]!.start).toBe(0);
    expect(stories.at(-1)!.end).toBe(page.length);
  });

  it('keeps a paragraph that opens with a conjunction in the story before it', () => {
    expect(storyAt(stories, page.indexOf('وقال رئيس البلدية'))).toBe(1);
    expect(storyAt(stories, page.indexOf('وبحث الجانبان'))).toBe(0);
  });

  it('reads «وزير» and «فلسطين» as words, not as «و»/«ف» joining the paragraph before', () => {
    const text = 'قصف على حلب.\n\nوزير الخارجية يزور دمشق.';
    expect(segmentStories(text, [entity(text, 'aleppo', 'حلب'), entity(text, 'damascus', 'دمشق')])).toHaveLength(2);
  });

  it('keeps a lead that names only what the story already named', () => {
    const text = 'قصف على حلب.\n\nأفاد مراسلون بأن حلب تعرضت لقصف جديد.';
    expect(segmentStories(text, [entity(text, 'aleppo', 'حلب')])).toHaveLength(1);
  });
});
