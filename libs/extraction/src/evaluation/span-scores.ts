import type { TokenSpan } from './conll.js';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn };
};

/**
 * Exact-span scores per type and micro-averaged over `microTypes`
 * (PERS, LOC, ORG by default: MISC is too loosely defined to compare).
 * Each element of gold/predicted holds the spans of one sentence.
 */
export function scoreSpans(
  gold: readonly TokenSpan[][],
  predicted: readonly TokenSpan[][],
  microTypes: readonly string[] = ['PERS', 'LOC', 'ORG'],
): { perType: Record<string, Score>; micro: Score } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  gold.forEach((goldSpans, i) => {
    const key = (s: TokenSpan) => `${s.type}:${s.start}:${s.end}`;
    const predictedKeys = new Set((predicted[i] ?? []).map(key));
    const goldKeys = new Set(goldSpans.map(key));
    for (const s of goldSpans) bump(s.type, predictedKeys.has(key(s)) ? 'tp' : 'fn');
    for (const s of predicted[i] ?? []) if (!goldKeys.has(key(s))) bump(s.type, 'fp');
  });
  const perType = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => [t, score(c.tp, c.fp, c.fn)]));
  const micro = microTypes.reduce((acc, t) => {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    return { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn };
  }, { tp: 0, fp: 0, fn: 0 });
  return { perType, micro: score(micro.tp, micro.fp, micro.fn) };
}
