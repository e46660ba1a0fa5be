import { describe, expect, it } from '@jest/globals';
import { readConll, spansOf } from './conll.js';
import { scoreSpans } from './span-scores.js';

describe('CoNLL reading and exact-span scoring', () => {
  it('reads sentences and BIO spans, including an I- that opens a span', () => {
    const [s] = readConll('زار B-PERS\nأحمد I-PERS\nدمشق B-LOC\nو O\nحلب I-LOC\n\n');
    expect(s!.tokens).toEqual(['زار', 'أحمد', 'دمشق', 'و', 'حلب']);
    expect(spansOf(s!.tags)).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 2, end: 3 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
  });

  it('counts only exact spans of the right type', () => {
    const gold = [[{ type: 'LOC', start: 0, end: 2 }, { type: 'PERS', start: 3, end: 4 }, { type: 'MISC', start: 5, end: 6 }]];
    const predicted = [[{ type: 'LOC', start: 0, end: 1 }, { type: 'PERS', start: 3, end: 4 }, { type: 'ORG', start: 7, end: 8 }]];
    const { perType, micro } = scoreSpans(gold, predicted);
    expect(perType['PERS']).toEqual({ precision: 1, recall: 1, f1: 1, tp: 1, fp: 0, fn: 0 });
    expect(perType['LOC']).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 1, fn: 1 });
    // Micro over PERS, LOC, ORG: MISC is left out.
    expect(micro).toEqual({ precision: 0.3333, recall: 0.5, f1: 0.4, tp: 1, fp: 2, fn: 1 });
  });
});
