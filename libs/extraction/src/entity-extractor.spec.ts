import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';

const extractor = new EntityExtractor(Gazetteer.load());
const ids = (title: string, text: string) => extractor.extract({ title, text }).map((e) => e.id).sort();

describe('EntityExtractor (countries and capitals)', () => {
  it('finds Arabic names through clitics and spelling variants, with exact offsets', () => {
    const text = 'وصل الوفد إلى دمشق. وقال إن سورية ستعمل مع روسيا وبالجزائر وللعراق.';
    const entities = extractor.extract({ title: '', text });
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual(['place:country:DZ', 'place:country:IQ', 'place:country:RU', 'place:country:SY', 'place:geonames:170654']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(byId.get('place:country:DZ')!.mentions[0]!.surface).toBe('وبالجزائر');
    expect(byId.get('place:geonames:170654')!.ancestors).toEqual(['place:country:SY']);
  });

  it('ignores diacritics and tatweel in the text', () => {
    expect(ids('', 'زار الرئيسُ دِمَشْـــق أمس')).toEqual(['place:geonames:170654']);
  });

  it('matches English names with their capitalisation only', () => {
    expect(ids('Talks in Moscow', 'The United States and the UK said so.')).toEqual([
      'place:country:GB', 'place:country:US', 'place:geonames:524901',
    ]);
    // "male" the word is not Malé the capital, nor "china" the porcelain China.
    expect(ids('', 'a male nurse bought fine china')).toEqual([]);
  });

  it('prefers the longest name: North Korea, not Korea', () => {
    expect(ids('', 'كوريا الشمالية تطلق صاروخا')).toEqual(['place:country:KP']);
  });

  it('does not match common words that share a spelling with a place', () => {
    // مالي = "financial"; عمان is both Oman and Amman, so it is left ambiguous.
    expect(ids('', 'قدمت دعما ماليا ومالي كبير في عمان')).toEqual([]);
  });

  it('gives each mention the sentence around it as evidence', () => {
    const text = 'جملة أولى. ثم وصل الوفد إلى دمشق صباحا. جملة أخيرة.';
    const [entity] = extractor.extract({ title: '', text });
    const s = entity!.mentions[0]!.sentence;
    expect(text.slice(s.start, s.end)).toBe('ثم وصل الوفد إلى دمشق صباحا.');
  });
});
