import type { NameHit } from './name-hit.js';

const QUOTES: Record<string, string> = { '«': '»', '"': '"', '“': '”', "'": "'" };

/**
 * A region's name in quotes is a title, not the region: newspapers and
 * channels are named after regions («الشرق الأوسط», «الخليج»), and a
 * region named as a place is not quoted. Such a knowledge-base hit becomes
 * an organisation, unlinked, source 'quoted-region'. Towns and countries in
 * quotes are left alone (a village's name in quotes after a place word is a
 * place: «قرية «كانت»»). On ANERcorp train, 6 of the 11 quoted region
 * names are tagged ORG, the rest LOC (the same newspaper both ways).
 */
export function withQuotedRegions(hits: readonly NameHit[], value: string): NameHit[] {
  return hits.map((h) => {
    if (h.type !== 'LOCATION' || h.form !== 'name' || !h.link || !('place' in h.link) || h.link.place.type !== 'region') return h;
    let b = h.start - 1;
    while (b >= 0 && /\s/u.test(value[b]!)) b--;
    let a = h.end;
    while (a < value.length && /\s/u.test(value[a]!)) a++;
    const open = value[b] ?? '';
    if (QUOTES[open] === undefined || value[a] !== QUOTES[open]) return h;
    const { link: _region, ...rest } = h;
    return { ...rest, type: 'ORG', source: 'quoted-region' };
  });
}
