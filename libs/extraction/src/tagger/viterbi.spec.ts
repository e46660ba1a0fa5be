import { describe, expect, it } from '@jest/globals';
import { bioTransitions, repairBio, viterbi } from './viterbi.js';

const classes = ['B-PERS', 'I-PERS', 'O'];
const allowed = bioTransitions(classes);
const zero = () => new Float64Array(3);

describe('viterbi', () => {
  it('never continues a span that was not opened', () => {
    // I-PERS scores best everywhere, but may only follow B-PERS or I-PERS.
    const emission = Float64Array.from([1, 2, 0]);
    const path = viterbi(3, { k: 3, emission: () => emission, transition: [zero(), zero(), zero(), zero()], after: () => undefined }, allowed);
    expect(path.map((c) => classes[c])).toEqual(['B-PERS', 'I-PERS', 'I-PERS']);
  });

  it('lets a transition score overturn a locally better tag', () => {
    const emissions = [Float64Array.from([2, 0, 1]), Float64Array.from([0, 0, 1])];
    const transition = [Float64Array.from([0, 3, 0]), zero(), zero(), zero()];
    const path = viterbi(2, { k: 3, emission: (i) => emissions[i]!, transition, after: () => undefined }, allowed);
    expect(path.map((c) => classes[c])).toEqual(['B-PERS', 'I-PERS']);
  });

  it('adds per-position scores after a given tag', () => {
    const emission = Float64Array.from([0, 0, 1]);
    const boost = Float64Array.from([5, 0, 0]);
    const path = viterbi(2, { k: 3, emission: () => emission, transition: [zero(), zero(), zero(), zero()], after: (i, prev) => (i === 1 && prev === 2 ? boost : undefined) }, allowed);
    expect(path.map((c) => classes[c])).toEqual(['O', 'B-PERS']);
  });
});

describe('repairBio', () => {
  it('turns an I- tag that continues nothing into B-', () => {
    expect(repairBio(['I-ORG', 'I-ORG', 'O', 'B-LOC', 'I-PERS'])).toEqual(['B-ORG', 'I-ORG', 'O', 'B-LOC', 'B-PERS']);
  });
});
