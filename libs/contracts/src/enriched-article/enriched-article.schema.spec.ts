import { describe, expect, it } from '@jest/globals';
import { AlertMatchSchema } from '../alert/alert.schema.js';
import { EnrichedArticleSchema } from './enriched-article.schema.js';

// A record as the enricher wrote it before entities took today's shape (invented content).
const legacy = {
  article: {
    id: 'a-1', title: 'عنوان', text: 'وصل الوفد إلى دمشق.', language: 'ar', languageOrigin: 'declared', source: {},
    ingestedAt: '2026-11-20T10:00:00.000Z', contentHash: 'a'.repeat(64),
  },
  entities: [{
    id: 'place:geonames:170654', kind: 'place', type: 'capital', names: { en: 'Damascus', ar: 'دمشق' }, ancestors: ['place:country:SY'],
    mentions: [{ field: 'text', start: 14, end: 18, surface: 'دمشق', sentence: { field: 'text', start: 0, end: 19 } }],
  }],
  enrichedAt: '2026-11-20T10:00:01.000Z',
  enricher: { version: '0.1.0', knowledgeBase: 'kb' },
};

describe('EnrichedArticleSchema', () => {
  it('reads records enriched before today\'s entity shape, so replays do not dead-letter them', () => {
    const parsed = EnrichedArticleSchema.parse(legacy);
    expect(parsed.entities[0]).toMatchObject({ type: 'LOCATION', category: 'capital', name: 'Damascus', nameAr: 'دمشق', confidence: 0.8 });
    expect(parsed.entities[0]!.mentions[0]).toMatchObject({ text: 'دمشق', form: 'name' });
    expect(parsed.events).toEqual([]);
  });

  it('still refuses a record that is neither shape', () => {
    expect(EnrichedArticleSchema.safeParse({ ...legacy, entities: [{ id: 'x', names: 'Damascus' }] }).success).toBe(false);
  });

  it('reads an alert match queued with the old entity shape', () => {
    const match = AlertMatchSchema.parse({
      via: 'place', term: 'place:country:SY', entity: { id: 'place:geonames:170654', type: 'capital', names: { en: 'Damascus', ar: 'دمشق' } },
      mention: { field: 'text', start: 14, end: 18, text: 'دمشق' }, evidence: { field: 'text', start: 0, end: 19, text: 'وصل الوفد إلى دمشق.' },
    });
    expect(match.entity).toEqual({ id: 'place:geonames:170654', type: 'LOCATION', category: 'capital', name: 'Damascus', nameAr: 'دمشق' });
  });
});
