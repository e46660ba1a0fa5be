import type { PerceptronWeights } from './averaged-perceptron.js';
import type { FeatureSink } from './token-features.js';

/** Templates whose value is a pair `a|b` (see emitFeatures). */
const PAIR_TEMPLATES = new Set(['t-2', 't-1w', 'w-1w']);

/**
 * Saved perceptron weights arranged for tagging: nested maps keyed by the
 * feature's parts, so scoring a token never builds or hashes a new string.
 * Scores accumulate as features arrive (it is the FeatureSink).
 */
export class PerceptronScorer implements FeatureSink {
  readonly classes: readonly string[];
  private readonly single = new Map<string, Map<string, Float64Array>>();
  private readonly pair = new Map<string, Map<string, Map<string, Float64Array>>>();
  private readonly scores: Float64Array;
  /** Where add/add2 accumulate: the scores, or a vector being cached. */
  private target: Float64Array;


  constructor(saved: PerceptronWeights) {
    this.classes = saved.classes;
    this.scores = new Float64Array(saved.classes.length);
    this.target = this.scores;
    for (const [feature, weights] of Object.entries(saved.weights)) {
      const cut = feature.indexOf('=');
      const template = cut < 0 ? feature : feature.slice(0, cut);
      const value = cut < 0 ? '' : feature.slice(cut + 1);
      const w = Float64Array.from(weights);
      if (PAIR_TEMPLATES.has(template)) {
        const bar = value.indexOf('|');
        const byFirst = this.pair.get(template) ?? new Map<string, Map<string, Float64Array>>();
        const bySecond = byFirst.get(value.slice(0, bar)) ?? new Map<string, Float64Array>();
        bySecond.set(value.slice(bar + 1), w);
        byFirst.set(value.slice(0, bar), bySecond);
        this.pair.set(template, byFirst);
      } else {
        const byValue = this.single.get(template) ?? new Map<string, Float64Array>();
        byValue.set(value, w);
        this.single.set(template, byValue);
      }
    }
  }

  reset(): void {
    this.scores.fill(0);
  }

  add(template: string, value: string): void {
    const w = this.single.get(template)?.get(value);
    if (w !== undefined) for (let c = 0; c < w.length; c++) this.target[c]! += w[c]!;
  }

  add2(template: string, value: string, value2: string): void {
    const w = this.pair.get(template)?.get(value)?.get(value2);
    if (w !== undefined) for (let c = 0; c < w.length; c++) this.target[c]! += w[c]!;
  }

  /** Adds a vector of per-class scores (a cached group of features). */
  addVector(vector: Float64Array): void {
    for (let c = 0; c < vector.length; c++) this.scores[c]! += vector[c]!;
  }

  /** The summed weights of the features `emit` produces, as a vector, without touching the scores. */
  vectorOf(emit: (sink: FeatureSink) => void): Float64Array {
    const vector = new Float64Array(this.classes.length);
    this.target = vector;
    try {
      emit(this);
    } finally {
      this.target = this.scores;
    }
    return vector;
  }

  /** The best class so far; ties go to the earlier class, as in AveragedPerceptron.predict. */
  best(): string {
    let best = 0;
    for (let c = 1; c < this.scores.length; c++) if (this.scores[c]! > this.scores[best]!) best = c;
    return this.classes[best]!;
  }
}
