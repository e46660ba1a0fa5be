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
    // Syria's 14 governorates and 61 districts (OCHA), and the provinces of the countries with towns (GeoNames).
    expect(count('admin1')).toBeGreaterThan(600);
    expect(count('admin2')).toBe(61);
    expect(count('town')).toBeGreaterThan(13000);
    expect(count('site')).toBeGreaterThan(50);
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
    // Provinces abroad, by their English or Arabic name.
    ['Nineveh', 'place:geonames-admin1:IQ.15'],
    ['محافظة نينوى', 'place:geonames-admin1:IQ.15'],
    ['Mosul', 'place:geonames:99072'],
    ['الموصل', 'place:geonames:99072'],
    ['Kant air base', 'place:site:kant-air-base'],
    ['مخيم الركبان', 'place:site:rukban-camp'],
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

  it('places towns abroad under their province: Mosul → Nineveh → Iraq → regions', () => {
    expect(kb.ancestorsOf('place:geonames:99072')).toEqual([
      'place:geonames-admin1:IQ.15', 'place:country:IQ', 'place:region:middle-east', 'place:region:arab-world',
    ]);
    const mosul = kb.get('place:geonames:99072')!;
    expect([mosul.names.ar, mosul.names.en, mosul.type, mosul.countryCode]).toEqual(['الموصل', 'Mosul', 'town', 'IQ']);
    expect(mosul.lat).toBeCloseTo(36.3, 0);
    expect(kb.get('place:geonames-admin1:IQ.15')!.names).toEqual({ en: 'Nineveh Governorate', ar: 'محافظة نينوى' });
  });

  it('places named sites under the province they lie in', () => {
    expect(kb.ancestorsOf('place:site:kant-air-base')).toEqual(['place:geonames-admin1:KG.02', 'place:country:KG', 'place:region:central-asia']);
    expect(kb.ancestorsOf('place:site:incirlik-air-base')).toEqual(['place:geonames-admin1:TR.81', 'place:country:TR', 'place:region:middle-east']);
    expect(kb.ancestorsOf('place:site:al-hol-camp').slice(0, 2)).toEqual(['place:ocha:SY08', 'place:country:SY']);
  });

  it('keeps a capital in its province and Syrian towns in the OCHA hierarchy only', () => {
    expect(kb.ancestorsOf('place:geonames:98182').slice(0, 2)).toEqual(['place:geonames-admin1:IQ.07', 'place:country:IQ']);
    const syrian = [...kb.places()].filter((p) => p.countryCode === 'SY' && p.type === 'town');
    expect(syrian.every((p) => p.parent?.startsWith('place:ocha:'))).toBe(true);
  });
});
