import { fold } from '#text';
import { PhraseIndex, arabicReadings, phraseKey, phraseKeys, type PreparedText } from './phrase-index.js';

import type { Gazetteer, Place } from '#knowledge';

export interface PlaceHit {
  place: Place;
  start: number;
  end: number;
  form: 'name' | 'adjective';
  /** Matched only because a place word stood before it (a common-word village name). */
  cued: boolean;
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
      const ranked = [...places].sort((a, b) => matchRank(a) - matchRank(b));
      const best = ranked[0]!;
      const tied = ranked.filter((p) => matchRank(p) === matchRank(best));
      // Across countries only a prominent place (country, region, capital, site)
      // wins, and only over minor places abroad: Cairo over a Syrian village
      // called «القاهرة», but not Oman over Amman (عمان).
      const abroad = places.filter((p) => p.countryCode !== best.countryCode);
      const prominent = (p: Place) => matchRank(p) <= 1;
      const settled = abroad.length === 0 || (prominent(best) && !abroad.some(prominent));
      // Names no rank settles stay unlinked: places of equal standing («الطيبة»
      // names six villages), or prominent places in two countries (عمان).
      if (tied.length > 1 || !settled) continue;
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
      .map((h) => ({ place: h.payload.place, start: h.start, end: h.end, form: h.payload.form, cued: h.payload.needsCue }));
  }
}

/** Whether the word before position i announces a place («قرية», «وبلدة» …). */
function cuedAt(words: readonly string[], i: number): boolean {
  const previous = words[i - 1];
  return previous !== undefined && arabicReadings(previous).some((r) => PLACE_CUES.has(r));
}
