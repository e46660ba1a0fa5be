/**
 * First-order Viterbi decoding over BIO tags. Scores split into what the
 * tagger can cache per token (emissions, one score per tag) and what depends
 * on the tag before (transitions, a small table plus a few per-token
 * corrections), so decoding costs tags² additions per token and no feature
 * lookups.
 */

/**
 * Which tag may follow which: `allowed[prev][tag]`, where prev = classes.length
 * stands for the sentence start. An I-X tag only continues a B-X or I-X, so
 * the decoder never produces a span the BIO reading would have to repair.
 */
export function bioTransitions(classes: readonly string[]): boolean[][] {
  const typeOf = (tag: string) => tag.slice(2);
  const may = (prev: string | undefined, tag: string) =>
    !tag.startsWith('I-') || (prev !== undefined && prev !== 'O' && typeOf(prev) === typeOf(tag));
  return [...classes, undefined].map((prev) => classes.map((tag) => may(prev, tag)));
}

/**
 * The sequence repaired to obey `bioTransitions`: an I-X that continues
 * nothing becomes B-X. The spans stay the same (spansOf reads such an I-X as
 * a start), so training on the repaired gold loses nothing.
 */
export function repairBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    const prev = tags[i - 1];
    return tag.startsWith('I-') && (prev === undefined || prev === 'O' || prev.slice(2) !== tag.slice(2)) ? `B-${tag.slice(2)}` : tag;
  });
}

export interface SequenceScores {
  /** Number of tags. */
  readonly k: number;
  /** Score of each tag at position i, whatever came before. */
  emission(i: number): Float64Array;
  /** Score of tag after prev (prev = k: sentence start), the same at every position. */
  readonly transition: readonly Float64Array[];
  /** Extra score of each tag at i after prev, or undefined for none (most pairs). */
  after(i: number, prev: number): Float64Array | undefined;
}

/** The best-scoring tag indices for n positions, obeying `allowed` (see bioTransitions). Ties go to the earlier tag. */
export function viterbi(n: number, scores: SequenceScores, allowed: readonly (readonly boolean[])[]): number[] {
  const k = scores.k;
  if (n === 0) return [];
  const back = new Int32Array(n * k);
  let prevBest = new Float64Array(k);
  let best = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const emission = scores.emission(i);
    best.fill(-Infinity);
    // The first position follows the sentence start (prev = k) only.
    const [from, to] = i === 0 ? [k, k + 1] : [0, k];
    for (let p = from; p < to; p++) {
      const base = i === 0 ? 0 : prevBest[p]!;
      if (base === -Infinity) continue;
      const trans = scores.transition[p]!;
      const extra = scores.after(i, p);
      const ok = allowed[p]!;
      for (let c = 0; c < k; c++) {
        if (!ok[c]) continue;
        const s = base + trans[c]! + (extra === undefined ? 0 : extra[c]!);
        if (s > best[c]!) {
          best[c] = s;
          back[i * k + c] = p;
        }
      }
    }
    for (let c = 0; c < k; c++) best[c]! += emission[c]!;
    [prevBest, best] = [best, prevBest];
  }
  let last = 0;
  for (let c = 1; c < k; c++) if (prevBest[c]! > prevBest[last]!) last = c;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * k + last]!;
  }
  return path;
}
