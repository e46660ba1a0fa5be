import { foldKey } from '#text';
import type { NameHit } from './name-hit.js';
import { arabicReadings, type PreparedText } from './phrase-index.js';

/**
 * Generic heads before a place's name, and an epithet after one, that the
 * mention leaves out while the link stays: «قطاع غزة» → «غزة» (the Gaza
 * Strip still), «لدولة قطر» → «قطر», «منطقة الخليج», «إمارة دبي», «مخيم
 * اليرموك», «مكة المكرمة» → «مكة». ANERcorp marks places so, and so does a
 * reader's eye: the head says what kind of place the name is. On ANERcorp
 * train, of the knowledge base's matches with such a head, 39 of 41 are
 * gold places without it; «مكة المكرمة» is «مكة» 36 times of 36. Heads that
 * are part of names stay («قلعة المضيق», «مدينة الكويت», «جمهورية …»).
 */
const HEADS = new Set(['قطاع', 'دولة', 'إمارة', 'منطقة', 'مخيم'].map((w) => foldKey(w)));
const EPITHETS = new Set(['المكرمة'].map((w) => foldKey(w)));

export function withPlaceBounds(hits: readonly NameHit[], text: PreparedText): NameHit[] {
  const { tokens, words, folded } = text;
  const at = (i: number) => folded.map[tokens[i]!.start]!;
  const endAt = (i: number) => folded.map[tokens[i]!.end]!;
  return hits.map((h) => {
    if (h.type !== 'LOCATION' || h.form !== 'name' || h.link === undefined) return h;
    // The token the hit starts at, by binary search (tokens are in text order).
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(mid) < h.start) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    if (tokens.length === 0 || at(first) !== h.start) return h;
    let last = first;
    while (last + 1 < tokens.length && endAt(last) < h.end) last++;
    if (last === first) return h;
    let from = first;
    let to = last;
    if (arabicReadings(words[first]!).some((r) => HEADS.has(r))) from++;
    if (to > from && EPITHETS.has(words[to]!)) to--;
    if (from === first && to === last) return h;
    return { ...h, start: at(from), end: endAt(to) };
  });
}
