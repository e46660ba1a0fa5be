import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from './gazetteer.js';

const kb = Gazetteer.load();

describe('Gazetteer', () => {
  it('holds every country and its capital, regions, and Syria down to its communities', () => {
    const types = [...kb.places()].map((p) => p.type);
    const count = (t: string) => types.filter((x) => x === t).length;
    expect(count('country')).toBeGreaterThanOrEqual(240);
    expect(count('capital')).toBeGreaterThanOrEqual(200);
    expect(count('region')).toBeGreaterThanOrEqual(8);
    expect([count('admin1'), count('admin2')]).toEqual([14, 61]);
    expect(count('town')).toBeGreaterThan(5000);
  });

  it.each([
    ['Syria', 'place:country:SY'],
    ['سوريا', 'place:country:SY'],
    ['سورية', 'place:country:SY'],
    ['  syria ', 'place:country:SY'],
    ['place:country:SY', 'place:country:SY'],
    // A typed name means the broadest place that has it: Damascus the governorate holds the capital.
    ['Damascus', 'place:ocha:SY01'],
    ['دمشق', 'place:ocha:SY01'],
    ['Hama', 'place:ocha:SY05'],
    ['حماه', 'place:ocha:SY05'],
    ['Moscow', 'place:geonames:524901'],
    ['Levant', 'place:region:levant'],
    ['الشرق الأوسط', 'place:region:middle-east'],
    ['الجزائر', 'place:country:DZ'],
  ])('resolves %p to %p', (query, id) => {
    const r = kb.resolve(query);
    expect(r.ok && r.place.id).toBe(id);
  });

  it('suggests close names for an unknown one', () => {
    const r = kb.resolve('Sirya');
    expect(r.ok ? [] : r.suggestions.map((s) => s.id)).toContain('place:country:SY');
  });

  it('walks the hierarchy upwards: town, district, governorate, country, regions', () => {
    expect(kb.ancestorsOf('place:geonames:166227')).toEqual([
      'place:ocha:SY0502', 'place:ocha:SY05', 'place:country:SY', 'place:region:middle-east', 'place:region:levant', 'place:region:arab-world',
    ]);
    expect(kb.ancestorsOf('place:geonames:524901')).toEqual(['place:country:RU']);
    expect(kb.ancestorsOf('place:country:RU')).toEqual([]);
  });
});
