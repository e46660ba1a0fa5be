import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { PloverType } from '#contracts';
import { PhraseIndex, phraseKey, prepareText, type PreparedText } from '#extraction';
import type { TriggerEntry, TriggerFile } from './trigger-entry.js';
import { findFrames } from './trigger-frames.js';

export type { TriggerEntry } from './trigger-entry.js';

/** Built by tools/kb-build (event-triggers.ts) from the CAMEO dictionaries and a hand list. */
export const DEFAULT_TRIGGERS_FILE = fileURLToPath(new URL('../../data/triggers.json', import.meta.url));


export interface TriggerHit {
  type: PloverType;
  mode?: string;
  /** CAMEO code of the trigger (two to four digits). */
  cameo: string;
  /** Offsets in the original text, clitics included («والقصف» from the و). */
  start: number;
  end: number;
  /** The lexicon phrase that matched. */
  phrase: string;
}

const ARABIC = /[\u0621-\u064A]/u;
const ARTICLE = 'ال';

/**
 * Event triggers found in text, Arabic and English, longest phrase first
 * («قصف جوي» before «قصف»). Matching is on folded words (hamza, ta marbuta,
 * alef maqsura, diacritics) with و ف ب ل ك peeled off the first word, as
 * for names; English is matched lower-cased, since verbs are not
 * capitalised. Arabic phrases are also indexed with the article on their
 * first word («الهجوم», «والقصف») and on all its words («القصف
 * الجوي»). Excluded phrases («الحشد الشعبي»)
 * are matched like triggers and dropped, so a trigger inside a name is not
 * reported.
 */
export class TriggerMatcher {
  private constructor(
    private readonly index: PhraseIndex<TriggerEntry | null>,
    readonly attribution: string,
  ) {}

  get size(): number {
    return this.index.size;
  }

  static load(file: string = DEFAULT_TRIGGERS_FILE): TriggerMatcher {
    const data = JSON.parse(readFileSync(file, 'utf8')) as TriggerFile;
    return TriggerMatcher.fromEntries(data.triggers, [...data.excluded.ar, ...data.excluded.en], data.attribution);
  }

  static fromEntries(entries: readonly TriggerEntry[], excluded: readonly string[] = [], attribution = ''): TriggerMatcher {
    const keys = new Map<string, TriggerEntry | null>();
    // A phrase as written wins over another phrase's definite form; excluded phrases win over everything.
    for (const e of entries) for (const key of keysOf(e.phrase).slice(0, 1)) if (!keys.has(key)) keys.set(key, e);
    for (const e of entries) for (const key of keysOf(e.phrase).slice(1)) if (!keys.has(key)) keys.set(key, e);
    for (const x of excluded) for (const key of keysOf(x)) keys.set(key, null);
    const index = new PhraseIndex<TriggerEntry | null>();
    for (const [key, payload] of keys) index.set(key, payload);
    return new TriggerMatcher(index, attribution);
  }

  find(text: string | PreparedText): TriggerHit[] {
    const prepared = typeof text === 'string' ? prepareText(text) : text;
    const lower: PreparedText = {
      ...prepared,
      words: prepared.words.map((w) => w.toLowerCase()),
      readings: prepared.readings.map((r) => withoutPronouns(r.map((w) => w.toLowerCase()))),
    };
    // Split triggers («حمّل … مسؤولية», «دعا … لزيارة») decide what their head word means.
    const framed: TriggerHit[] = findFrames(prepared.folded.text).map((f) => ({ ...f, start: prepared.folded.map[f.start]!, end: prepared.folded.map[f.end]! }));
    const hits: TriggerHit[] = [...framed];
    for (const h of this.index.find(lower)) {
      if (h.payload === null || framed.some((f) => f.start < h.end && h.start < f.end)) continue;
      const { type, mode, cameo, phrase } = h.payload;
      hits.push({ type, ...(mode !== undefined ? { mode } : {}), cameo, start: h.start, end: h.end, phrase });
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}

/** Object pronouns news hangs on verbs and nouns: «اتهموها», «اعتقالهم», «زيارتها». */
const PRONOUNS = ['هما', 'هم', 'هن', 'ها'];

/**
 * Readings of a word with its object pronoun taken off, as the lexicon
 * writes it: «اعتقالهم» → «اعتقال», «زيارتها» → «زيارة» (folded «زياره»),
 * «اتهموها» → «اتهموا». A bare «ه» is taken off only where the stem shows
 * it is a pronoun («زيارته», «لقائه» → «لقاء»): folding writes ta marbuta as
 * «ه» too, and «وزارة» must not read as «و» + «زار». Names are matched
 * without this (a pronoun never ends a name). Stems under three letters are left alone.
 */
export function withoutPronouns(readings: string[]): string[] {
  // Most words carry no pronoun: hand back the same array rather than a copy (this runs for every word).
  if (!readings.some((w) => /ه[امن]?$|هما$/u.test(w))) return readings;
  const out = [...readings];
  const add = (stem: string) => {
    out.push(stem);
    if (stem.endsWith('ت')) out.push(`${stem.slice(0, -1)}ه`);
    else if (stem.endsWith('و')) out.push(`${stem}ا`);
    else if (stem.endsWith('ئ') || stem.endsWith('ؤ')) out.push(`${stem.slice(0, -1)}ء`);
  };
  for (const word of readings) {
    if (!ARABIC.test(word)) continue;
    const suffix = PRONOUNS.find((p) => word.endsWith(p) && word.length - p.length >= 3);
    if (suffix !== undefined) add(word.slice(0, -suffix.length));
    else if (/[تئؤ]ه$/u.test(word) && word.length >= 5) add(word.slice(0, -1));
  }
  return out;
}

/**
 * The folded, lower-cased key of a phrase, and for Arabic its definite
 * forms: the article on the first word («الهجوم», «الإفراج عن»), and on
 * every word, as a noun and its adjectives take it («القصف الجوي»).
 */
function keysOf(phrase: string): string[] {
  const key = phraseKey(phrase).toLowerCase();
  if (key === '') return [];
  if (!ARABIC.test(key)) return [key];
  const words = key.split(' ');
  const def = (w: string): string => (w.startsWith(ARTICLE) ? w : ARTICLE + w);
  return [...new Set([key, [def(words[0]!), ...words.slice(1)].join(' '), words.map(def).join(' ')])];
}
