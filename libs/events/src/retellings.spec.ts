import { describe, expect, it } from '@jest/globals';
import type { ArticleEvent, Entity } from '#contracts';
import { PlaceTree, absorb, isRetelling, type Telling } from './retellings.js';

const place = (id: string, ancestors: string[]): Entity => ({
  type: 'LOCATION', id, name: id, nameAr: id, category: 'town', mentions: [], ancestors, confidence: 1,
} as unknown as Entity);
const places = new PlaceTree([
  place('place:hasakah-city', ['place:hasakah', 'place:country:SY']),
  place('place:hasakah', ['place:country:SY']),
  place('place:aleppo', ['place:country:SY']),
]);

const event = (start: number, fields: Partial<ArticleEvent> = {}): ArticleEvent => ({
  type: 'ASSAULT', cameo: '19', severity: 60, story: 0, confidence: 0.6,
  evidence: { field: 'text', start, end: start + 50, text: '…' },
  ...fields,
});
const telling = (sentence: number, fields: Partial<Telling> = {}): Telling => ({
  sentence, anaphoric: false, reported: false, turns: false, placeNamed: true, ...fields,
});

describe('isRetelling', () => {
  it('ties a later telling by the same casualty figure', () => {
    expect(isRetelling(event(0, { killed: 17 }), telling(0), event(160, { killed: 17 }), telling(1, { reported: true }), places)).toBe(true);
  });

  it('ties a source speaking next, or a reference back, with a place inside the earlier one or none of its own', () => {
    const first = event(0, { place: 'place:hasakah-city' });
    expect(isRetelling(first, telling(0), event(100, { place: 'place:hasakah' }), telling(1, { reported: true }), places)).toBe(true);
    expect(isRetelling(first, telling(0), event(100, { place: 'place:hasakah' }), telling(3, { anaphoric: true }), places)).toBe(true);
    expect(isRetelling(first, telling(0), event(100), telling(1, { reported: true, placeNamed: false }), places)).toBe(true);
    // Not a source speaking two sentences on, and not a place alone: a round-up names several raids in one city.
    expect(isRetelling(first, telling(0), event(100), telling(2, { reported: true, placeNamed: false }), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(100, { place: 'place:hasakah' }), telling(2), places)).toBe(false);
  });

  it('keeps apart what disagrees: figures, places, weapons, attackers, a turn to another matter, clauses of one sentence', () => {
    const first = event(0, { killed: 8, place: 'place:hasakah-city', mode: 'aerial', source: 'actor:org:sy-army' });
    const same = { place: 'place:hasakah-city' };
    expect(isRetelling(first, telling(0), event(100, same), telling(1, { reported: true }), places)).toBe(true);
    expect(isRetelling(first, telling(0), event(100, { ...same, killed: 9 }), telling(1, { reported: true }), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(100, { place: 'place:aleppo' }), telling(1, { reported: true }), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(100, { ...same, mode: 'explosives' }), telling(1, { reported: true }), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(100, { ...same, source: 'actor:org:ru-aerospace-forces' }), telling(1, { reported: true }), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(100, { ...same, source: 'unlinked:person:x' }), telling(1, { reported: true }), places)).toBe(true);
    expect(isRetelling(first, telling(0), event(100, same), telling(1, { reported: true, turns: true }), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(30, same), telling(0), places)).toBe(false);
    expect(isRetelling(first, telling(0), event(100, { ...same, type: 'COERCE' }), telling(1, { reported: true }), places)).toBe(false);
  });
});

describe('isRetelling: weapons', () => {
  it('takes a weapon the first telling did not name for another happening, unless figures or a reference back tie them', () => {
    const clash = event(0, { place: 'place:aleppo' });
    const strike = { place: 'place:aleppo', mode: 'aerial' };
    expect(isRetelling(clash, telling(0), event(100, strike), telling(1, { reported: true }), places)).toBe(false);
    expect(isRetelling(clash, telling(0), event(100, strike), telling(1, { reported: true, anaphoric: true }), places)).toBe(true);
    expect(isRetelling(event(0, { killed: 3 }), telling(0), event(100, { ...strike, killed: 3 }), telling(1), places)).toBe(true);
  });
});

describe('absorb', () => {
  it('keeps the first evidence and takes the more exact place and the figures and actors it lacked', () => {
    const merged = absorb(event(0, { place: 'place:hasakah', source: 'actor:org:sy-army' }), event(100, { place: 'place:hasakah-city', killed: 6, target: 'actor:group:isis', mode: 'aerial' }), places);
    expect(merged).toMatchObject({ place: 'place:hasakah-city', source: 'actor:org:sy-army', target: 'actor:group:isis', killed: 6, mode: 'aerial' });
    expect(merged.evidence.start).toBe(0);
  });
});
