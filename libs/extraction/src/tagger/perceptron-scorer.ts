import type { PerceptronWeights } from './averaged-perceptron.js';
import type { FeatureSink } from './token-features.js';

/** Templates whose value is a pair `a|b` (see emitPair, emitAfterWord). */
const PAIR_TEMPLATES = new Set(['t-1w', 'w-1w']);

/**
 * Saved perceptron weights arranged for tagging: nested maps keyed by the
 * feature's parts, so scoring a token never builds or hashes a new string.
 * Pair features are keyed by their second value first (the word's stem):
 * a tagger can then fetch, once per distinct word, every pair weight that
 * word can receive (pairsEndingWith). As a FeatureSink it sums the weights
 * of the features emitted inside vectorOf.
 */
export class PerceptronScorer implements FeatureSink {
  readonly classes: readonly string[];
  private readonly single = new Map<string, Map<string, Float64Array>>();
  /** Template → second value → first value → weights. */
  private readonly pair = new Map<string, Map<string, Map<string, Float64Array>>>();
  /** Where add/add2 accumulate: the vector vectorOf is building. */
  private target: Float64Array;

  constructor(saved: PerceptronWeights) {
    this.classes = saved.classes;
    this.target = new Float64Array(saved.classes.length);
    for (const [feature, weights] of Object.entries(saved.weights)) {
      const cut = feature.indexOf('=');
      const template = cut < 0 ? feature : feature.slice(0, cut);
      const value = cut < 0 ? '' : feature.slice(cut + 1);
      const w = Float64Array.from(weights);
      if (PAIR_TEMPLATES.has(template)) {
        const bar = value.indexOf('|');
        const bySecond = this.pair.get(template) ?? new Map<string, Map<string, Float64Array>>();
        const byFirst = bySecond.get(value.slice(bar + 1)) ?? new Map<string, Float64Array>();
        byFirst.set(value.slice(0, bar), w);
        bySecond.set(value.slice(bar + 1), byFirst);
        this.pair.set(template, bySecond);
      } else {
        const byValue = this.single.get(template) ?? new Map<string, Float64Array>();
        byValue.set(value, w);
        this.single.set(template, byValue);
      }
    }
  }

  add(template: string, value: string): void {
    const w = this.single.get(template)?.get(value);
    if (w !== undefined) for (let c = 0; c < w.length; c++) this.target[c]! += w[c]!;
  }

  add2(template: string, value: string, value2: string): void {
    const w = this.pair.get(template)?.get(value2)?.get(value);
    if (w !== undefined) for (let c = 0; c < w.length; c++) this.target[c]! += w[c]!;
  }

  /**
   * The weights of the `template` pair features whose second value is
   * `value2`, by first value; undefined when there are none (most words),
   * in which case add2 with it adds nothing. Not to be modified.
   */
  pairsEndingWith(template: string, value2: string): ReadonlyMap<string, Float64Array> | undefined {
    return this.pair.get(template)?.get(value2);
  }

  /** The summed weights of the features `emit` produces, as a new vector. */
  vectorOf(emit: (sink: FeatureSink) => void): Float64Array {
    return this.addTo(new Float64Array(this.classes.length), emit);
  }

  /** Adds the weights of the features `emit` produces to `into` (a view may point into a larger array). */
  addTo(into: Float64Array, emit: (sink: FeatureSink) => void): Float64Array {
    this.target = into;
    emit(this);
    return into;
  }
}
