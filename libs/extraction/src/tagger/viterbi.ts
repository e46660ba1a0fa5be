/**
 * First-order Viterbi decoding over BIO tags. Scores split into what the
 * tagger can cache per token (emissions, one score per tag) and what depends
 * on the tag before (a transition table plus a few per-token corrections),
 * so decoding costs tags² additions per token and no feature lookups.
 */

/**
 * Whether `tag` may follow `prev` (undefined: the sentence start). An I-X
 * tag only continues a B-X or I-X, so the decoder never produces a span the
 * BIO reading would have to repair.
 */
export function bioAllows(prev: string | undefined, tag: string): boolean {
  return !tag.startsWith('I-') || (prev !== undefined && prev !== 'O' && prev.slice(2) === tag.slice(2));
}

/**
 * The transition table viterbi reads: row prev (row k: the sentence start),
 * column tag, `score(prev, tag)` where BIO allows the pair, -Infinity where
 * it does not.
 */
export function transitionTable(classes: readonly string[], score: (prev: number, tag: number) => number): Float64Array {
  const k = classes.length;
  const table = new Float64Array((k + 1) * k);
  for (let p = 0; p <= k; p++) {
    for (let c = 0; c < k; c++) table[p * k + c] = bioAllows(classes[p], classes[c]!) ? score(p, c) : -Infinity;
  }
  return table;
}

/**
 * The sequence repaired to obey bioAllows: an I-X that continues nothing
 * becomes B-X. The spans stay the same (spansOf reads such an I-X as a
 * start), so training on the repaired gold loses nothing.
 */
export function repairBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => (bioAllows(tags[i - 1], tag) ? tag : `B-${tag.slice(2)}`));
}

/**
 * A position's extra scores after each previous tag, laid out as the
 * transition table: row prev (row k: the sentence start), column tag. One
 * flat array rather than a row per previous tag: decoding reads it in its
 * innermost loop, for every word that has such scores.
 */
export type AfterScores = Float64Array;

/**
 * Per tag, the previous tags that may precede it (an I- tag has two, so
 * decoding skips most forbidden pairs), in ascending order. Made once per
 * table: building it on every call cost a fifth of the decoding.
 */
const predecessors = new WeakMap<Float64Array, Int32Array[]>();

function predecessorsOf(transitions: Float64Array, k: number): Int32Array[] {
  let prevsOf = predecessors.get(transitions);
  if (prevsOf === undefined) {
    prevsOf = Array.from({ length: k }, (_, c) => Int32Array.from({ length: k }, (_, p) => p).filter((p) => transitions[p * k + c] !== -Infinity));
    predecessors.set(transitions, prevsOf);
  }
  return prevsOf;
}

/**
 * The best-scoring tag indices for n positions. `emissions` holds k scores
 * per position (row-major), `transitions` comes from transitionTable, and
 * `after(i)` gives position i's extra scores by previous tag (AfterScores),
 * or undefined when it has none (most words). Ties go to the earlier tag. `scratch`,
 * if given, may be overwritten. `forced`, if given, holds per position the
 * only tag allowed there, or -1 where any may stand (a rule outside the
 * tagger knows a name starts there; the tagger still decides how far it runs).
 * Forced tags that no valid sequence satisfies are ignored.
 */
export function viterbi(
  n: number,
  k: number,
  emissions: Float64Array,
  transitions: Float64Array,
  after: (i: number) => AfterScores | undefined,
  scratch?: Int32Array,
  forced?: Int32Array,
): number[] {
  if (n === 0) return [];
  // Back-pointers, in the caller's scratch space when it is large enough (less garbage on long texts).
  const back = scratch !== undefined && scratch.length >= n * k ? scratch : new Int32Array(n * k);
  let prevBest = new Float64Array(k);
  let best = new Float64Array(k);
  // The first position follows the sentence start (transition row k) only.
  const startExtra = after(0);
  for (let c = 0; c < k; c++) best[c] = transitions[k * k + c]! + (startExtra === undefined ? 0 : startExtra[k * k + c]!) + emissions[c]!;
  back.fill(k, 0, k);
  if (forced !== undefined) onlyForced(best, k, forced[0]!);
  const prevsOf = predecessorsOf(transitions, k);
  for (let i = 1; i < n; i++) {
    const swap = prevBest;
    prevBest = best;
    best = swap;
    const extras = after(i);
    const out = i * k;
    for (let c = 0; c < k; c++) {
      const prevs = prevsOf[c]!;
      let top = -Infinity;
      let from = 0;
      // Previous tags in ascending order and a strict comparison: ties go to the earlier tag.
      // Most words have no extra scores: that loop skips the lookup (their absence adds 0, so both loops score alike).
      if (extras === undefined) {
        for (let q = 0; q < prevs.length; q++) {
          const p = prevs[q]!;
          const s = prevBest[p]! + transitions[p * k + c]!;
          if (s > top) {
            top = s;
            from = p;
          }
        }
      } else {
        for (let q = 0; q < prevs.length; q++) {
          const p = prevs[q]!;
          const s = prevBest[p]! + transitions[p * k + c]! + extras[p * k + c]!;
          if (s > top) {
            top = s;
            from = p;
          }
        }
      }
      best[c] = top + emissions[out + c]!;
      back[out + c] = from;
    }
    if (forced !== undefined) onlyForced(best, k, forced[i]!);
  }
  let last = 0;
  for (let c = 1; c < k; c++) if (best[c]! > best[last]!) last = c;
  // Forced tags no valid sequence can pass through (an I- that nothing may precede): decode as if unforced
  // rather than return a path that ignores them anyway.
  if (forced !== undefined && best[last] === -Infinity) return viterbi(n, k, emissions, transitions, after, scratch);
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * k + last]!;
  }
  return path;
}

/** Rules out every tag but `tag` at a position (nothing when tag is -1). */
function onlyForced(best: Float64Array, k: number, tag: number): void {
  if (tag < 0) return;
  for (let c = 0; c < k; c++) if (c !== tag) best[c] = -Infinity;
}
