import { fold } from '#text';
import { PhraseIndex, arabicReadings, phraseKey, phraseKeys, type PreparedText } from './phrase-index.js';

import type { Gazetteer, Place } from '#knowledge';

export interface PlaceHit {
  place: Place;
  start: number;
  end: number;
  form: 'name' | 'adjective';
}

/**
 * Which place a name in running text means when several share it: the most
 * prominent. «حماة» alone is the city (inside the governorate, so a
 * governorate subscription still catches it); «ريف حماة» is the governorate
 * by its own longer name. Villages come last.
 */
const MATCH_RANK: Record<Place['type'], number> = { region: 0, country: 0, capital: 1, site: 1, town: 2, admin1: 6, admin2: 7 };
const matchRank = (p: Place): number => (p.type === 'town' ? (p.seat === undefined ? 8 : 1 + p.seat) : MATCH_RANK[p.type]);

/** Words that announce a place («قرية», «بلدة», «ريف», «مخيم» …), folded; they let a common-word village name match. */
const PLACE_CUES = new Set(
  ['قرية', 'قرى', 'قريتي', 'بلدة', 'بلدات', 'بلدتي', 'مدينة', 'مدن', 'مدينتي', 'حي', 'أحياء', 'مخيم', 'منطقة', 'ناحية', 'ريف', 'محيط', 'أطراف', 'مزرعة', 'تل']
    .map((w) => fold(w).text),
);

/**
 * Finds knowledge-base places in text by their names and adjectives in
 * either language (matching: PhraseIndex), deciding which place a shared
 * name means and which names need a place word before them.
 */
export class PlaceMatcher {
  private readonly index = new PhraseIndex<{ place: Place; needsCue: boolean; form: PlaceHit['form'] }>();

  constructor(gazetteer: Gazetteer) {
    const candidates = new Map<string, Place[]>();
    const cued = new Set<string>();
    const adjectives = new Set<string>();
    const add = (name: string, place: Place) => {
      for (const key of phraseKeys(name)) {
        const list = candidates.get(key) ?? [];
        if (!list.includes(place)) list.push(place);
        candidates.set(key, list);
      }
    };
    for (const place of gazetteer.places()) {
      // Aliases only: a display name may be too ambiguous to match in prose (مالي).
      for (const name of new Set([...place.aliases.en, ...place.aliases.ar])) add(name, place);
      for (const name of [...(place.adjectives?.en ?? []), ...(place.adjectives?.ar ?? [])]) {
        add(name, place);
        for (const key of phraseKeys(name)) adjectives.add(`${place.id} ${key}`);
      }
      for (const name of place.cueAr ?? []) cued.add(`${place.id} ${phraseKey(name)}`);
    }
    for (const [key, places] of candidates) {
      // A place that needs a place word before this name does not contest it with one that does not.
      const free = places.filter((p) => !cued.has(`${p.id} ${key}`));
      const best = choose(free.length > 0 ? free : places);
      if (best === undefined) continue;
      this.index.set(key, {
        place: best,
        needsCue: cued.has(`${best.id} ${key}`),
        form: adjectives.has(`${best.id} ${key}`) ? 'adjective' : 'name',
      });
    }
  }

  find(text: string | PreparedText): PlaceHit[] {
    return this.index
      .find(text, (entry, words, i) => !entry.needsCue || cuedAt(words, i))
      .map((h) => ({ place: h.payload.place, start: h.start, end: h.end, form: h.payload.form }));
  }
}

const prominent = (p: Place): boolean => matchRank(p) <= 1;

/**
 * The desks' home beat, covered to community level: when a name is shared
 * with a town abroad, its places count five times their size, so a foreign
 * town takes a Syrian village's name only if it is a real city.
 */
const HOME_COUNTRIES = new Set(['SY']);

/**
 * Rough size of a place, to choose between places of one name in different
 * countries: a town's GeoNames population, else a guess from its seat level.
 */
function weight(p: Place): number {
  const size =
    p.type === 'admin1' ? 1_000_000
    : p.type === 'admin2' ? 100_000
    : (p.population ?? (p.seat === 1 ? 200_000 : p.seat === 2 ? 30_000 : p.seat === 3 ? 10_000 : 2_000));
  return p.countryCode !== null && HOME_COUNTRIES.has(p.countryCode) ? 5 * size : size;
}

/**
 * The place a shared name means, or none. Within a country the rank decides
 * and equal ranks leave the name open («الطيبة» names six Syrian villages).
 * Across countries a prominent place (country, region, capital, site) wins
 * over minor places abroad: Cairo over a Syrian village called «القاهرة», but
 * not Oman over Amman (عمان); between minor places the one at least five
 * times bigger wins (Mosul over a village «الموصل»; see HOME_COUNTRIES),
 * else none.
 */
function choose(places: readonly Place[]): Place | undefined {
  const byCountry = new Map<string | null, Place[]>();
  for (const p of places) byCountry.set(p.countryCode, [...(byCountry.get(p.countryCode) ?? []), p]);
  const leaders = [...byCountry.values()].map((list) => {
    const ranked = [...list].sort((a, b) => matchRank(a) - matchRank(b));
    const best = ranked[0]!;
    return { place: best, tied: ranked.filter((p) => matchRank(p) === matchRank(best)).length > 1 };
  });
  leaders.sort((a, b) => Number(prominent(b.place)) - Number(prominent(a.place)) || weight(b.place) - weight(a.place));
  const [first, ...rest] = leaders;
  if (first === undefined || first.tied) return undefined;
  if (rest.length === 0) return first.place;
  if (prominent(first.place)) return rest.some((r) => prominent(r.place)) ? undefined : first.place;
  return rest.every((r) => weight(first.place) >= 5 * weight(r.place)) ? first.place : undefined;
}

/** Whether the word before position i announces a place («قرية», «وبلدة» …). */
function cuedAt(words: readonly string[], i: number): boolean {
  const previous = words[i - 1];
  return previous !== undefined && arabicReadings(previous).some((r) => PLACE_CUES.has(r));
}
