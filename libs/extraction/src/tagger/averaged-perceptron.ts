/**
 * A multiclass averaged perceptron (Collins 2002; the tagger design of
 * Honnibal's "A good part-of-speech tagger in about 200 lines"): sparse
 * string features, one weight per (feature, class), and weights averaged
 * over every update so late noise does not dominate. The trainer decides
 * what to update (tools/ner-train: whole-sentence structured updates).
 */
export interface PerceptronWeights {
  classes: string[];
  /** feature → weight per class (same order as `classes`), zeros allowed. */
  weights: Record<string, number[]>;
}

export class AveragedPerceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Int32Array>();
  private instances = 0;

  constructor(readonly classes: readonly string[]) {}

  /** Adds the current weights of `features` to `into` (one score per class). */
  score(features: readonly string[], into: Float64Array): Float64Array {
    for (const f of features) {
      const w = this.weights.get(f);
      if (w === undefined) continue;
      for (let c = 0; c < into.length; c++) into[c]! += w[c]!;
    }
    return into;
  }

  /** One training example seen: the clock the weights are averaged over. */
  tick(): void {
    this.instances++;
  }

  /** Moves the weight of each feature for class c by `by` (structured updates: +1 for the truth, -1 for the guess). */
  adjust(features: readonly string[], c: number, by: number): void {
    for (const f of features) this.bump(f, c, by);
  }

  /** The averaged weights, rounded and with near-zero features dropped, ready to save. */
  averaged(precision = 1000, minAbs = 0.001): PerceptronWeights {
    const out: Record<string, number[]> = {};
    for (const [f, w] of this.weights) {
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      const avg = Array.from(w, (value, c) => {
        const total = totals[c]! + (this.instances - stamps[c]!) * value;
        return Math.round((total / Math.max(1, this.instances)) * precision) / precision;
      });
      if (avg.some((v) => Math.abs(v) >= minAbs)) out[f] = avg;
    }
    return { classes: [...this.classes], weights: out };
  }

  private bump(feature: string, c: number, by: number): void {
    let w = this.weights.get(feature);
    if (w === undefined) {
      w = new Float64Array(this.classes.length);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(this.classes.length));
      this.stamps.set(feature, new Int32Array(this.classes.length));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[c]! += (this.instances - stamps[c]!) * w[c]!;
    stamps[c] = this.instances;
    w[c]! += by;
  }
}
