import type { NameHit } from './name-hit.js';
import { phraseKey, type PreparedText } from './phrase-index.js';

/**
 * Sports clubs named after their towns. A town's adjective agrees with it in
 * the feminine («ليون الفرنسية», the city), a club takes the masculine
 * («ليون الفرنسي», «تشلسي الإنجليزي», «هامبورغ الألماني»: the club, «النادي»).
 * A place name followed at once by a masculine nationality adjective is
 * taken for an organisation, and so are the other mentions of that name in
 * the same text that the knowledge base does not link (a known city keeps
 * its other mentions: «في مدريد» after «ريال مدريد الإسباني»). A country,
 * region, province or site is never a club, nor a place after a word the
 * adjective can describe instead («معبر رفح المصري», «مدرب القادسية التونسي»).
 * On ANERcorp train, of the place and organisation names so
 * followed, 50 of 60 are organisations (several of the other 10 are clubs
 * tagged as places). Returns `hits` with those places retyped, unlinked,
 * source 'club'.
 */
const DESCRIBED_BEFORE = new RegExp(
  `(?:^|\\s)[وبل]?(?:ال)?(?:${['معبر', 'ميناء', 'مرفأ', 'مطار', 'إقليم', 'اقليم', 'منطقة', 'مخيم', 'سجن', 'محافظة', 'ولاية', 'مدينة', 'بلدة', 'قرية', 'حي', 'جزيرة', 'سهل', 'وادي', 'جبل', 'نهر', 'قاعدة', 'سفارة', 'قنصلية', 'مدرب', 'لاعب', 'رئيس', 'سفير', 'وزير', 'مدير', 'حارس', 'مهاجم'].join('|')})\\s+$`,
  'u',
);

export function withClubs(hits: readonly NameHit[], value: string, text: PreparedText, nationalities: ReadonlySet<string>): NameHit[] {
  const { tokens, words, folded } = text;
  const clubs = new Set<string>();
  const direct = new Set<NameHit>();
  let t = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.type !== 'LOCATION' || h.form !== 'name') continue;
    // Clubs are named after towns: a country, region, province or site keeps its link («البقاع اللبناني»).
    if (h.link && 'place' in h.link && h.link.place.type !== 'town' && h.link.place.type !== 'capital') continue;
    // After a place head or a person, the adjective describes that word: «معبر رفح المصري», «مدرب القادسية التونسي».
    if (DESCRIBED_BEFORE.test(value.slice(Math.max(0, h.start - 20), h.start))) continue;
    while (t < tokens.length && folded.map[tokens[t]!.start]! < h.end) t++;
    if (t >= tokens.length || !nationalities.has(words[t]!)) continue;
    if (!/^\s+$/u.test(value.slice(h.end, folded.map[tokens[t]!.start]!))) continue;
    clubs.add(phraseKey(value.slice(h.start, h.end)));
    direct.add(h);
  }
  if (clubs.size === 0) return [...hits];
  return hits.map((h) => {
    if (h.type !== 'LOCATION' || h.form !== 'name') return h;
    // Other mentions follow only where the knowledge base does not know the place: «في مدريد» stays the city of «ريال مدريد الإسباني».
    if (!direct.has(h) && (h.link !== undefined || !clubs.has(phraseKey(value.slice(h.start, h.end))))) return h;
    const { link: _place, ...rest } = h;
    return { ...rest, type: 'ORG', source: 'club' };
  });
}
