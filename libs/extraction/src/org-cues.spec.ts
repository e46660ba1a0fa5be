import { describe, expect, it } from '@jest/globals';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';
import { OrgCues } from './org-cues.js';
import { loadPersonWords } from './person-words.js';
import { NerTagger } from './tagger/ner-tagger.js';

const cues = new OrgCues();
const starts = (sentence: string) => {
  const words = sentence.split(' ');
  return cues.find(words).map((i) => words[i]);
};

describe('OrgCues', () => {
  it('starts a name after a head that names its kind, through clitics', () => {
    expect(starts('متساويا بذلك مع نادي قطر الذي سيلاقي')).toEqual(['قطر']);
    expect(starts('وقالت لصحيفة يديعوت أحرونوت إن')).toEqual(['يديعوت']);
    expect(starts('يذاع على قناة المحور ،')).toEqual(['المحور']);
  });

  it('skips indefinite adjectives, prepositions with the article and function words', () => {
    expect(starts('صدرت صحيفة يومية جديدة')).toEqual([]);
    expect(starts('فتح قناة للتفاوض ،')).toEqual([]);
    expect(starts('رئيس نادي في المدينة')).toEqual([]);
  });
});

describe('cued organisations through EntityExtractor', () => {
  const gazetteer = Gazetteer.load();
  const full = new EntityExtractor(gazetteer, ActorRegistry.load(), { tagger: NerTagger.load(gazetteer), personWords: loadPersonWords() });

  it('takes the club over the country of the same name', () => {
    const text = 'وتساوى بذلك مع نادي قطر الذي سيلاقي الأهلي.';
    const names = full.names({ title: '', text }).map((h) => [text.slice(h.start, h.end), h.type, h.source]);
    expect(names).toContainEqual(['قطر', 'ORG', 'cued-org']);
    expect(names.filter((n) => n[1] === 'LOCATION')).toEqual([]);
  });

  it('takes no indefinite adjective for a name («صحيفة كبيرة»)', () => {
    expect(new OrgCues().find('قالت صحيفة كبيرة إن'.split(' '))).toEqual([]);
  });
});
