import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from '#knowledge';
import { spansOf } from '../evaluation/conll.js';
import { NerTagger } from './ner-tagger.js';

// The committed weights, as NerTagger.load reads them: a regression check on a retrain.
const tagger = NerTagger.load(Gazetteer.load());
const spans = (sentence: string) => {
  const tokens = sentence.split(' ');
  return spansOf(tagger.tag(tokens)).map((s) => ({ type: s.type, text: tokens.slice(s.start, s.end).join(' ') }));
};

describe('NerTagger (committed weights)', () => {
  it('finds persons introduced by a title, organisations and places', () => {
    expect(spans('وقال وزير الخارجية السوري وليد المعلم إن الأمم المتحدة لم تتحرك')).toEqual([
      { type: 'PERS', text: 'وليد المعلم' },
      { type: 'ORG', text: 'الأمم المتحدة' },
    ]);
    expect(spans('والتقى الرئيس الروسي فلاديمير بوتين نظيره التركي في أنقرة')).toEqual([
      { type: 'PERS', text: 'فلاديمير بوتين' },
      { type: 'LOC', text: 'أنقرة' },
    ]);
  });

  it('tags each sentence of a document, a name introduced in one and bare in the next', () => {
    const doc = ['وكان الرئيس العراقي جلال طالباني قد حذر', 'وقال طالباني إن الحكومة ستتحرك'].map((s) => s.split(' '));
    expect(tagger.tagDocument(doc)).toEqual([
      ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O'],
      ['O', 'B-PERS', 'O', 'O', 'O'],
    ]);
  });

  it('takes tags a rule imposes on the second pass, given the first', () => {
    const doc = [['سدد', 'البرازيلي', 'كارلوس', 'كوريا', 'كرة', 'قوية']];
    let seen: readonly (readonly string[])[] = [];
    const tags = tagger.tagDocument(doc, (first) => {
      seen = first;
      return [new Map([[2, 'B-PERS'], [3, 'I-PERS']])];
    });
    expect(seen).toHaveLength(1);
    expect(tags[0]!.slice(2, 4)).toEqual(['B-PERS', 'I-PERS']);
    expect(tagger.tagDocument(doc, () => [undefined])).toEqual(tagger.tagDocument(doc));
  });
});
