import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from './gazetteer.js';

const kb = Gazetteer.load();

describe('Gazetteer', () => {
  it('holds every country and its capital', () => {
    const types = [...kb.places()].map((p) => p.type);
    expect(types.filter((t) => t === 'country').length).toBeGreaterThanOrEqual(240);
    expect(types.filter((t) => t === 'capital').length).toBeGreaterThanOrEqual(200);
  });

  it.each([
    ['Syria', 'place:country:SY'],
    ['سوريا', 'place:country:SY'],
    ['سورية', 'place:country:SY'],
    ['  syria ', 'place:country:SY'],
    ['place:country:SY', 'place:country:SY'],
    ['Damascus', 'place:geonames:170654'],
    ['دمشق', 'place:geonames:170654'],
    ['الجزائر', 'place:country:DZ'],
  ])('resolves %p to %p', (query, id) => {
    const r = kb.resolve(query);
    expect(r.ok && r.place.id).toBe(id);
  });

  it('suggests close names for an unknown one', () => {
    const r = kb.resolve('Sirya');
    expect(r.ok ? [] : r.suggestions.map((s) => s.id)).toContain('place:country:SY');
  });

  it('walks the hierarchy upwards', () => {
    expect(kb.ancestorsOf('place:geonames:524901')).toEqual(['place:country:RU']);
    expect(kb.ancestorsOf('place:country:RU')).toEqual([]);
  });
});
