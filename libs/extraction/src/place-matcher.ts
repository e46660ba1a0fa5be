import { fold, tokenize } from '#text';
import type { Gazetteer, Place } from '#knowledge';

export interface PlaceHit {
  place: Place;
  start: number;
  end: number;
  form: 'name' | 'adjective';
}

const ARABIC = /[\u0621-\u064A]/u;

/**
 * Which place a name in running text means when several share it: the most
 * prominent. «حماة» alone is the city (inside the governorate, so a
 * governorate subscription still catches it); «ريف حماة» is the governorate
 * by its own longer name. Villages come last.
 */
const MATCH_RANK: Record<Place['type'], number> = { region: 0, country: 0, capital: 1, town: 2, admin1: 6, admin2: 7 };
const matchRank = (p: Place): number => (p.type === 'town' ? (p.seat === undefined ? 8 : 1 + p.seat) : MATCH_RANK[p.type]);

/** Words that announce a place («قرية», «بلدة», «ريف», «مخيم» …), folded; they let a common-word village name match. */
const PLACE_CUES = new Set(
  ['قرية', 'قرى', 'قريتي', 'بلدة', 'بلدات', 'بلدتي', 'مدينة', 'مدن', 'مدينتي', 'حي', 'أحياء', 'مخيم', 'منطقة', 'ناحية', 'ريف', 'محيط', 'أطراف', 'مزرعة', 'تل']
    .map((w) => fold(w).text),
);

/**
 * Arabic writes conjunctions and prepositions onto the next word: «وسوريا»,
 * «بدمشق», «للجزائر». These are the forms a token may take around a name;
 * «لل» stands for ل + ال, so it restores the article.
 */
export function arabicReadings(token: string): string[] {
  const out = [token];
  for (const prefix of ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك']) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 3) out.push(token.slice(prefix.length));
  }
  for (const prefix of ['ولل', 'فلل', 'لل']) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 2) out.push('ال' + token.slice(prefix.length));
  }
  return out;
}

/**
 * Finds knowledge-base places in text by their names in either language:
 * longest match first over folded tokens, Arabic clitics peeled off the
 * first word, English matched with its capitalisation (or in capitals).
 */
export class PlaceMatcher {
  private readonly index = new Map<string, { place: Place; needsCue: boolean; form: PlaceHit['form'] }>();
  /** First word of any name → the most words a name starting with it has; rejects most tokens in one lookup. */
  private readonly heads = new Map<string, number>();
  /**
   * Names no rank settles: places in different countries (عمان: Oman or
   * Amman), or villages of equal standing («الطيبة» names six). Never matched.
   */
  readonly ambiguous = new Set<string>();

  constructor(gazetteer: Gazetteer) {
    const candidates = new Map<string, Place[]>();
    const cued = new Set<string>();
    const adjectives = new Set<string>();
    const add = (name: string, place: Place) => {
      const tokens = tokenize(fold(name).text).map((t) => t.text);
      if (tokens.length === 0) return;
      for (const key of ARABIC.test(name) ? [tokens.join(' ')] : [tokens.join(' '), tokens.join(' ').toUpperCase()]) {
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
        adjectives.add(`${place.id} ${tokenize(fold(name).text).map((t) => t.text).join(' ')}`);
      }
      for (const name of place.cueAr ?? []) cued.add(`${place.id} ${tokenize(fold(name).text).map((t) => t.text).join(' ')}`);
    }
    for (const [key, places] of candidates) {
      const ranked = [...places].sort((a, b) => matchRank(a) - matchRank(b));
      const best = ranked[0]!;
      const tied = ranked.filter((p) => matchRank(p) === matchRank(best));
      const countries = new Set(places.map((p) => p.countryCode));
      // A country outranks a village abroad that shares its name, not another country's capital (عمان).
      const broad = (best.type === 'country' || best.type === 'region') && !places.some((p) => p.type === 'capital' && p.countryCode !== best.countryCode);
      if (tied.length > 1 || (!broad && countries.size > 1)) {
        this.ambiguous.add(key);
        continue;
      }
      this.index.set(key, {
        place: best,
        needsCue: cued.has(`${best.id} ${key}`),
        form: adjectives.has(`${best.id} ${key}`) ? 'adjective' : 'name',
      });
      const words = key.split(' ');
      this.heads.set(words[0]!, Math.max(this.heads.get(words[0]!) ?? 0, words.length));
    }
  }

  find(text: string): PlaceHit[] {
    const folded = fold(text);
    const tokens = tokenize(folded.text);
    const words = tokens.map((t) => t.text);
    const hits: PlaceHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(words, i);
      if (hit === undefined || (hit.needsCue && !this.cuedAt(words, i))) {
        i++;
        continue;
      }
      const first = tokens[i]!;
      const last = tokens[i + hit.length - 1]!;
      hits.push({ place: hit.place, start: folded.map[first.start]!, end: folded.map[last.end - 1]! + 1, form: hit.form });
      i += hit.length;
    }
    return hits;
  }

  private matchAt(words: readonly string[], i: number): { place: Place; length: number; needsCue: boolean; form: PlaceHit['form'] } | undefined {
    const word = words[i]!;
    const readings = ARABIC.test(word) ? arabicReadings(word) : [word];
    let best: { place: Place; length: number; needsCue: boolean; form: PlaceHit['form'] } | undefined;
    for (const head of readings) {
      const longest = Math.min(this.heads.get(head) ?? 0, words.length - i);
      for (let length = longest; length > (best?.length ?? 0); length--) {
        const key = length === 1 ? head : `${head} ${words.slice(i + 1, i + length).join(' ')}`;
        const entry = this.index.get(key);
        if (entry) {
          best = { ...entry, length };
          break;
        }
      }
    }
    return best;
  }

  /** Whether the word before position i announces a place («قرية», «وبلدة» …). */
  private cuedAt(words: readonly string[], i: number): boolean {
    const previous = words[i - 1];
    return previous !== undefined && arabicReadings(previous).some((r) => PLACE_CUES.has(r));
  }
}
