import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from '#knowledge';
import { withClubs } from './club-names.js';
import type { NameHit } from './name-hit.js';
import { masculineNationalities } from './person-cues.js';
import { prepareText } from './phrase-index.js';

const gazetteer = Gazetteer.load();
const nationalities = masculineNationalities(gazetteer);
const named = (en: string) => [...gazetteer.places()].find((p) => p.names.en === en)!;
const place = (value: string, name: string, from = 0): NameHit => {
  const start = value.indexOf(name, from);
  return { type: 'LOCATION', start, end: start + name.length, form: 'name', source: 'tagger' };
};
const run = (value: string, hits: NameHit[]) => withClubs(hits, value, prepareText(value), nationalities).map((h) => [value.slice(h.start, h.end), h.type, h.source]);

describe('withClubs', () => {
  it('takes a place followed by a masculine nationality adjective for a club, and its other mentions too', () => {
    const value = 'ليون يواصل انتصاراته. وحقق ليون الفرنسي فوزه الثاني في ليون';
    const hits = [place(value, 'ليون'), place(value, 'ليون', 5), place(value, 'ليون', 40)];
    expect(run(value, hits)).toEqual([['ليون', 'ORG', 'club'], ['ليون', 'ORG', 'club'], ['ليون', 'ORG', 'club']]);
  });

  it('leaves the other mentions of a city the knowledge base knows', () => {
    const madrid = { place: named('Madrid') };
    expect(madrid.place.type).toBe('capital');
    const value = 'ضرب ريال مدريد الاسباني بقوة في مدريد';
    const hits: NameHit[] = [{ ...place(value, 'مدريد'), link: madrid }, { ...place(value, 'مدريد', 20), link: madrid }];
    expect(run(value, hits)).toEqual([['مدريد', 'ORG', 'club'], ['مدريد', 'LOCATION', 'tagger']]);
  });

  it('drops the knowledge-base link of a place so retyped', () => {
    const value = 'خسر أمام تشلسي الإنجليزي';
    const [hit] = withClubs([{ ...place(value, 'تشلسي'), source: 'knowledge-base', link: { place: named('Madrid') } }], value, prepareText(value), nationalities);
    expect(hit).toMatchObject({ type: 'ORG', source: 'club' });
    expect(hit!.link).toBeUndefined();
  });

  it('leaves a town with a feminine adjective, and a place before punctuation', () => {
    const value = 'في مدينة ليون الفرنسية، وفي باريس، الفرنسي';
    expect(run(value, [place(value, 'ليون'), place(value, 'باريس')])).toEqual([['ليون', 'LOCATION', 'tagger'], ['باريس', 'LOCATION', 'tagger']]);
  });

  it('never takes a country, a province or a site for a club, nor a place whose adjective describes the word before', () => {
    const value = 'في البقاع اللبناني وعند معبر رفح المصري وفي بلدة ليون الفرنسي';
    const bekaa = { ...place(value, 'البقاع'), link: { place: [...gazetteer.places()].find((p) => p.type === 'admin1')! } };
    expect(run(value, [bekaa, place(value, 'رفح'), place(value, 'ليون')]).map(([, type]) => type)).toEqual(['LOCATION', 'LOCATION', 'LOCATION']);
  });
});
