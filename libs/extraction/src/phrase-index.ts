import { fold, tokenize } from '#text';

const ARABIC = /[\u0621-\u064A]/u;

/**
 * Arabic writes conjunctions and prepositions onto the next word: «وسوريا»,
 * «بدمشق», «للجزائر». These are the forms a token may take around a name;
 * «لل» stands for ل + ال, so it restores the article. What is left must be
 * `shortest` letters long: «ولد» is a word, not و + «لد».
 */
export function arabicReadings(token: string, shortest = 3): string[] {
  const out = [token];
  for (const prefix of ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك']) {
    if (token.startsWith(prefix) && token.length - prefix.length >= shortest) out.push(token.slice(prefix.length));
  }
  for (const prefix of ['ولل', 'فلل', 'لل']) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 2) out.push('ال' + token.slice(prefix.length));
  }
  return out;
}

/** The key a name is indexed and looked up by: its folded words, space-joined. */
export const phraseKey = (name: string): string =>
  tokenize(fold(name).text)
    .map((t) => t.text)
    .join(' ');

/** Arabic names are matched as folded; English ones also in capitals ("UN", "U.N."). */
export function phraseKeys(name: string): string[] {
  const key = phraseKey(name);
  if (key === '') return [];
  return ARABIC.test(name) ? [key] : [key, key.toUpperCase()];
}

/** A text folded and split into words once, for every index that searches it. */
export interface PreparedText {
  folded: ReturnType<typeof fold>;
  tokens: ReturnType<typeof tokenize>;
  words: string[];
  /** Each word's readings without clitics (two letters or more left), computed once for all indexes. */
  readings: string[][];
}

export function prepareText(text: string): PreparedText {
  const folded = fold(text);
  const tokens = tokenize(folded.text);
  const words = tokens.map((t) => t.text);
  return { folded, tokens, words, readings: words.map((w) => (ARABIC.test(w) ? arabicReadings(w, 2) : [w])) };
}

export interface PhraseHit<T> {
  payload: T;
  /** Offsets in the original text, clitics included. */
  start: number;
  end: number;
}

/**
 * Multi-word names → payloads, found in text longest first over folded
 * tokens, with Arabic clitics peeled off the first word. English matches
 * with its capitalisation, so "Male" the capital is not "male".
 */
export class PhraseIndex<T> {
  /**
   * Names and every proper prefix of a name («قلعة» of «قلعة المضيق»), in
   * one map: matching walks forward only while the words so far can still
   * grow into a name, so a token that starts no name costs one lookup per
   * reading (two maps, one for names and one for prefixes, cost two).
   */
  private readonly entries = new Map<string, { payload: T | undefined; isPrefix: boolean }>();
  private names = 0;

  get size(): number {
    return this.names;
  }

  set(key: string, payload: T): void {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.entries.set(key, { payload, isPrefix: false });
      this.names++;
    } else {
      if (entry.payload === undefined) this.names++;
      entry.payload = payload;
    }
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      const known = this.entries.get(prefix);
      if (known === undefined) this.entries.set(prefix, { payload: undefined, isPrefix: true });
      else known.isPrefix = true;
    }
  }

  /** Hits in `text`; `accept` may refuse one in its context (the position is then passed over). */
  find(text: string | PreparedText, accept: (payload: T, words: readonly string[], word: number) => boolean = () => true): PhraseHit<T>[] {
    const { folded, tokens, words, readings } = typeof text === 'string' ? prepareText(text) : text;
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(words, readings[i]!, i);
      if (hit === undefined || !accept(hit.payload, words, i)) {
        i++;
        continue;
      }
      const first = tokens[i]!;
      const last = tokens[i + hit.length - 1]!;
      // map[last.end] is where the next kept character starts: trailing marks («دمشقَ») stay inside the mention.
      hits.push({ payload: hit.payload, start: folded.map[first.start]!, end: folded.map[last.end]! });
      i += hit.length;
    }
    return hits;
  }

  private matchAt(words: readonly string[], readings: readonly string[], i: number): { payload: T; length: number } | undefined {
    const word = words[i]!;
    let best: { payload: T; length: number } | undefined;
    for (const head of readings) {
      // Two-letter heads are peeled too («وتل هواش», «بدير الزور») but only open names of two words or more.
      const shortHead = head.length < 3 && head !== word;
      let key = head;
      for (let length = 1; ; length++) {
        const entry = this.entries.get(key);
        // Neither a name nor the start of one: nothing longer can match.
        if (entry === undefined) break;
        if (entry.payload !== undefined && length > (best?.length ?? 0) && (length > 1 || !shortHead)) best = { payload: entry.payload, length };
        if (i + length >= words.length || !entry.isPrefix) break;
        key = `${key} ${words[i + length]}`;
      }
    }
    return best;
  }
}
