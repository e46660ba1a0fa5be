import { describe, expect, it } from '@jest/globals';
import { repairBio, transitionTable, viterbi } from './viterbi.js';

const classes = ['B-PERS', 'I-PERS', 'O'];
const tags = (path: number[]) => path.map((c) => classes[c]);
const none = () => undefined;

describe('viterbi', () => {
  it('never continues a span that was not opened', () => {
    // I-PERS scores best everywhere, but may only follow B-PERS or I-PERS.
    const emissions = Float64Array.from([1, 2, 0, 1, 2, 0, 1, 2, 0]);
    expect(tags(viterbi(3, 3, emissions, transitionTable(classes, () => 0), none))).toEqual(['B-PERS', 'I-PERS', 'I-PERS']);
  });

  it('lets a transition score overturn a locally better tag', () => {
    const emissions = Float64Array.from([2, 0, 1, 0, 0, 1]);
    const transitions = transitionTable(classes, (prev, tag) => (prev === 0 && tag === 1 ? 3 : 0));
    expect(tags(viterbi(2, 3, emissions, transitions, none))).toEqual(['B-PERS', 'I-PERS']);
  });

  it('adds per-position scores after a given tag', () => {
    const emissions = Float64Array.from([0, 0, 1, 0, 0, 1]);
    // Row O (index 2): B-PERS scores 5 more after O.
    const afterO = Float64Array.from([0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0]);
    expect(tags(viterbi(2, 3, emissions, transitionTable(classes, () => 0), (i) => (i === 1 ? afterO : undefined)))).toEqual(['O', 'B-PERS']);
  });

  it('keeps a forced tag and decides the rest around it', () => {
    // O scores best everywhere; B-PERS forced at 1, and I-PERS after it beats O at 2.
    const emissions = Float64Array.from([0, 0, 1, 0, 0, 1, 0, 0.5, 0.4]);
    const transitions = transitionTable(classes, (prev, tag) => (prev === 0 && tag === 1 ? 0.2 : 0));
    expect(tags(viterbi(3, 3, emissions, transitions, none))).toEqual(['O', 'O', 'O']);
    expect(tags(viterbi(3, 3, emissions, transitions, none, undefined, Int32Array.from([-1, 0, -1])))).toEqual(['O', 'B-PERS', 'I-PERS']);
  });

  it('ignores forced tags no valid sequence satisfies (an I- at the start)', () => {
    const emissions = Float64Array.from([0, 0, 1, 0, 0, 1]);
    expect(tags(viterbi(2, 3, emissions, transitionTable(classes, () => 0), none, undefined, Int32Array.from([1, -1])))).toEqual(['O', 'O']);
  });
});

describe('repairBio', () => {
  it('turns an I- tag that continues nothing into B-', () => {
    expect(repairBio(['I-ORG', 'I-ORG', 'O', 'B-LOC', 'I-PERS'])).toEqual(['B-ORG', 'I-ORG', 'O', 'B-LOC', 'B-PERS']);
  });
});
