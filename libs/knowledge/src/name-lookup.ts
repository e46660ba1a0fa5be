import { foldKey } from '#text';
import { editDistance } from './edit-distance.js';

/** Loose key for resolving what a person typed: folded, lower-cased, punctuation-free. */
export const lookupKey = (s: string): string =>
  foldKey(s, true)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface Suggestion {
  id: string;
  en: string;
  ar: string;
}

/**
 * Names closest to an unknown one: prefix matches first, then small edit
 * distances; `rank` breaks ties (broader or more prominent first).
 */
export function suggestNames<T extends { id: string; names: { en: string; ar: string } }>(
  key: string,
  byName: ReadonlyMap<string, readonly T[]>,
  rank: (item: T) => number,
  limit = 5,
): Suggestion[] {
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: { item: T; distance: number }[] = [];
  for (const [name, items] of byName) {
    const distance = name.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, name, max);
    if (distance <= max) scored.push({ item: items[0]!, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || rank(a.item) - rank(b.item));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { item } of scored) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push({ id: item.id, en: item.names.en, ar: item.names.ar });
    if (out.length === limit) break;
  }
  return out;
}
