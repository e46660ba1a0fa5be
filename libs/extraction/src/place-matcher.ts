import { fold } from '#text';
import { PhraseIndex, arabicReadings, phraseKey, phraseKeys, prepareText, type PreparedText } from './phrase-index.js';

import type { Gazetteer, Place } from '#knowledge';

export interface PlaceHit {
  place: Place;
  start: number;
  end: number;
  form: 'name' | 'adjective';
  /** Matched only because a place word stood before it (a common-word village name). */
  cued: boolean;
  /** One of several villages sharing the name, chosen because places near it are named in the same text. */
  byContext: boolean;
}

/** A name's entry: the place it means, or the villages of equal standing it may mean. */
interface Entry {
  place?: Place;
  candidates?: readonly Place[];
  needsCue: boolean;
  form: PlaceHit['form'];
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
  ['قرية', 'قرى', 'قريتي', 'بلدة', 'بلدات', 'بلدتي', 'مدينة', 'مدن', 'مدينتي', 'حي', 'أحياء', 'مخيم', 'منطقة', 'ناحية', 'ريف', 'محيط', 'أطراف', 'مزرعة', 'تل',
    'قاعدة', 'القاعدة', 'معبر', 'سد', 'مطار']
    .map((w) => fold(w).text),
);

/**
 * Finds knowledge-base places in text by their names and adjectives in
 * either language (matching: PhraseIndex), deciding which place a shared
 * name means and which names need a place word before them.
 */
export class PlaceMatcher {
  private readonly index = new PhraseIndex<Entry>();

  constructor(private readonly gazetteer: Gazetteer) {
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
      const names = new Set([...place.aliases.en, ...place.aliases.ar].flatMap(phraseKeys));
      for (const name of [...(place.adjectives?.en ?? []), ...(place.adjectives?.ar ?? [])]) {
        add(name, place);
        // «سورية» is the country's name as well as its adjective: the name wins («لسورية»).
        for (const key of phraseKeys(name)) if (!names.has(key)) adjectives.add(`${place.id} ${key}`);
      }
      for (const name of place.cueAr ?? []) cued.add(`${place.id} ${phraseKey(name)}`);
    }
    for (const [key, places] of candidates) {
      // A place that needs a place word before this name does not contest it with one that does not.
      const free = places.filter((p) => !cued.has(`${p.id} ${key}`));
      const pool = free.length > 0 ? free : places;
      const chosen = choose(pool);
      if (chosen === undefined) {
        // Towns no rank or size settles («الطيبة» names six Syrian villages,
        // «العزيزية» towns in five countries) are settled by the text around them (see find).
        const towns = pool.filter((p) => p.type === 'town');
        if (towns.length > 1) this.index.set(key, { candidates: towns, needsCue: towns.some((p) => cued.has(`${p.id} ${key}`)), form: 'name' });
        continue;
      }
      const best = chosen;
      this.index.set(key, {
        place: best,
        needsCue: cued.has(`${best.id} ${key}`),
        form: adjectives.has(`${best.id} ${key}`) ? 'adjective' : 'name',
      });
    }
  }

  find(text: string | PreparedText): PlaceHit[] {
    const prepared = typeof text === 'string' ? prepareText(text) : text;
    const found = new Set<Place>();
    const raw = this.index.find(prepared, (entry, words, i) => {
      // A quoted name counts after a place word further back («القاعدة العسكرية الروسية «كانت»»),
      // or anywhere once the place was found in this text («نحن هنا في «كانت»»).
      const seen = entry.place !== undefined && found.has(entry.place);
      const ok = !entry.needsCue || cuedAt(words, i) || (quotedAt(prepared, i) && (seen || cuedBeforeDescription(words, i)));
      if (ok && entry.place) found.add(entry.place);
      return ok;
    });
    // Districts and governorates of the places named without doubt: «السقيلبية
    // ومحردة والعزيزية» picks the «العزيزية» of their district.
    // Only worked out when some name is shared: most texts have none.
    const near = new Set<string>();
    if (raw.some((h) => h.payload.candidates)) {
      for (const h of raw) if (h.payload.place) for (const id of this.gazetteer.ancestorsOf(h.payload.place.id)) if (!id.startsWith('place:country:') && !id.startsWith('place:region:')) near.add(id);
    }
    const hits: PlaceHit[] = [];
    for (const h of raw) {
      const { place, candidates, needsCue, form } = h.payload;
      const chosen = place ?? (candidates ? this.nearest(candidates, near) : undefined);
      if (chosen) hits.push({ place: chosen, start: h.start, end: h.end, form, cued: needsCue, byContext: place === undefined });
    }
    return hits;
  }

  /** The one candidate in the same district as places named nearby, else in the same governorate; none if that is not one. */
  private nearest(candidates: readonly Place[], near: ReadonlySet<string>): Place | undefined {
    for (const level of [0, 1]) {
      const inside = candidates.filter((p) => {
        const id = this.gazetteer.ancestorsOf(p.id)[level];
        return id !== undefined && near.has(id);
      });
      if (inside.length === 1) return inside[0];
      if (inside.length > 1) return undefined;
    }
    return undefined;
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

const isCue = (word: string | undefined): boolean => word !== undefined && arabicReadings(word).some((r) => PLACE_CUES.has(r));

/** Whether a written word is a place word («ومحيط», «قرية») rather than a place's name. */
export const isPlaceWord = (word: string): boolean => isCue(fold(word.trim()).text);
const MAX_LIST = 8;

/**
 * Whether a place word announces position i: the word before («قرية»,
 * «وبلدة» …), or a list it heads whose later items are joined by «و»
 * («بلدات السقيلبية ومحردة والعزيزية والرصيف»).
 */
function cuedAt(words: readonly string[], i: number): boolean {
  if (isCue(words[i - 1])) return true;
  if (!words[i]!.startsWith('و')) return false;
  for (let j = i - 1; j >= 1 && i - j <= MAX_LIST; j--) {
    if (isCue(words[j - 1])) return true;
    if (!words[j]!.startsWith('و')) return false;
  }
  return false;
}

/** A place word a few definite words back: «القاعدة العسكرية الروسية» before «كانت». */
function cuedBeforeDescription(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    if (isCue(words[j])) return true;
    if (!words[j]!.startsWith('ال')) return false;
  }
  return false;
}

/** Whether word i opens a quotation («كانت», "كانت"). */
function quotedAt(text: PreparedText, i: number): boolean {
  const before = i === 0 ? text.folded.text.slice(0, text.tokens[0]!.start) : text.folded.text.slice(text.tokens[i - 1]!.end, text.tokens[i]!.start);
  return /[«"“']\s*$/u.test(before);
}
