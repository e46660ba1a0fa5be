import { arabicReadings } from '../phrase-index.js';
import { foldKey } from '#text';

/** What the tagger knows about each token besides its spelling: knowledge-base name words. */
export interface Lexicon {
  /** Folded first words of place names. */
  placeFirst: ReadonlySet<string>;
  /** Folded words of place names. */
  placeAny: ReadonlySet<string>;
  /** Folded words of person names, organisation names and place names from name lists (data/name-lexicon.json). */
  person: ReadonlySet<string>;
  organisation: ReadonlySet<string>;
  location: ReadonlySet<string>;
}

const ARABIC = /[\u0621-\u064A]/u;
const norm = (token: string): string => foldKey(token, true);

/** The token without a leading conjunction, preposition or article, for Arabic tokens. */
function stem(w: string): string {
  if (!ARABIC.test(w)) return w;
  const readings = arabicReadings(w);
  const last = readings[readings.length - 1]!;
  return last.startsWith('ال') && last.length > 4 ? last.slice(2) : last;
}

function shape(token: string): string {
  if (/^\p{N}+$/u.test(token)) return 'num';
  if (/\p{N}/u.test(token)) return 'hasnum';
  if (/^[\p{P}\p{S}]+$/u.test(token)) return 'punct';
  if (/^[A-Z]/.test(token)) return 'Cap';
  if (/[A-Za-z]/.test(token)) return 'latin';
  return ARABIC.test(token) ? 'ar' : 'other';
}

/** Per-token forms a sentence's features need, computed once per token rather than once per neighbour. */
export interface SentenceView {
  tokens: readonly string[];
  /** Folded, lower-cased tokens. */
  words: string[];
  /** Words without a leading conjunction, preposition or article. */
  stems: string[];
}

/** A token's folded word and stem. */
export interface TokenForms {
  word: string;
  stem: string;
}

export const formsOf = (token: string): TokenForms => {
  const word = norm(token);
  return { word, stem: stem(word) };
};

/** `forms` lets a caller reuse the forms of tokens it has seen (folding is the costly part). */
export function viewOf(tokens: readonly string[], forms: (token: string, j: number) => TokenForms = formsOf): SentenceView {
  const all = tokens.map(forms);
  return { tokens, words: all.map((f) => f.word), stems: all.map((f) => f.stem) };
}

/**
 * Receives features as (template, value) or (template, value, value2) rather
 * than as joined strings: scoring then looks up the token strings themselves,
 * whose hashes V8 computes once, instead of hashing a new string per feature.
 * The joined form `template=value` (`…=value|value2`) is the saved one.
 */
export interface FeatureSink {
  add(template: string, value: string): void;
  add2(template: string, value: string, value2: string): void;
}

/** Collects features as joined strings: what training updates and the weights file store. */
export class FeatureList implements FeatureSink {
  readonly features: string[] = [];
  add(template: string, value: string): void {
    this.features.push(template === 'b' ? 'b' : `${template}=${value}`);
  }
  add2(template: string, value: string, value2: string): void {
    this.features.push(`${template}=${value}|${value2}`);
  }
}

const BOS = '<s>';
const EOS = '</s>';

/**
 * Features come in groups by what they depend on, so a tagger can cache the
 * score of everything that does not depend on the tags decided so far:
 * - `self`: token i alone; `left`/`right`: the token as neighbour i-1 / i+1;
 *   `left2`/`right2`: as neighbour i-2 / i+2 (all keyed by one token);
 * - `pair`: token i with the word before (emitPair), per position;
 * - the tag before i (emitTransition, emitAfterWord), scored by the decoder.
 */
export type StaticRole = 'self' | 'left' | 'right' | 'left2' | 'right2';

/** Features of the token at `j` in `role` (j may be out of range: sentence boundary). */
export function emitStatic(sink: FeatureSink, view: SentenceView, j: number, role: StaticRole, lexicon: Lexicon): void {
  const inside = j >= 0 && j < view.words.length;
  const w = inside ? view.words[j]! : j < 0 ? BOS : EOS;
  const s = inside ? view.stems[j]! : w;
  switch (role) {
    case 'self':
      // A sentence boundary is only ever a neighbour.
      if (!inside) return;
      sink.add('b', '');
      sink.add('w', w);
      sink.add('s', s);
      sink.add('p2', s.slice(0, 2));
      sink.add('p3', s.slice(0, 3));
      sink.add('x2', w.slice(-2));
      sink.add('x3', w.slice(-3));
      sink.add('sh', shape(view.tokens[j]!));
      sink.add('len', String(Math.min(w.length, 8)));
      if (lexicon.placeFirst.has(s) || lexicon.placeFirst.has(w)) sink.add('gaz', 'placeFirst');
      if (lexicon.placeAny.has(s) || lexicon.placeAny.has(w)) sink.add('gaz', 'place');
      if (lexicon.person.has(s) || lexicon.person.has(w)) sink.add('lex', 'pers');
      if (lexicon.organisation.has(s) || lexicon.organisation.has(w)) sink.add('lex', 'org');
      if (lexicon.location.has(s) || lexicon.location.has(w)) sink.add('lex', 'loc');
      return;
    case 'left':
      sink.add('w-1', w);
      sink.add('s-1', s);
      sink.add('x3-1', w.slice(-3));
      if (lexicon.placeAny.has(s)) sink.add('gaz-1', 'place');
      if (lexicon.person.has(s)) sink.add('lex-1', 'pers');
      return;
    case 'right':
      sink.add('w+1', w);
      sink.add('s+1', s);
      if (lexicon.person.has(s)) sink.add('lex+1', 'pers');
      return;
    case 'left2':
      sink.add('w-2', w);
      return;
    case 'right2':
      sink.add('w+2', w);
      return;
  }
}

/** emitPair's template: (word before, stem). A tagger looks its weights up by the stem, once per distinct word. */
export const PAIR_TEMPLATE = 'w-1w';

/** The first value of the first token's pair feature: the sentence start. */
export const WORD_BEFORE_FIRST = BOS;

/** The first value of token i's pair feature: the folded word before it, or the sentence start. */
export const wordBefore = (words: readonly string[], i: number): string => words[i - 1] ?? WORD_BEFORE_FIRST;

/** Features of token i that pair it with the word before (tag-independent, but not one token's). */
export function emitPair(sink: FeatureSink, view: SentenceView, i: number): void {
  sink.add2(PAIR_TEMPLATE, wordBefore(view.words, i), view.stems[i]!);
}

/**
 * Features of token i that depend on the tag before it (first-order: the
 * decoder keeps one best path per previous tag): a transition score, the
 * same at every position, and the word after that tag («بن» after B-PERS).
 * Split so a tagger can keep the first as a table and the second per token.
 */
export function emitTransition(sink: FeatureSink, prev: string): void {
  sink.add('t-1', prev);
}

/** emitAfterWord's template: (tag before, stem). */
export const AFTER_TAG_TEMPLATE = 't-1w';

export function emitAfterWord(sink: FeatureSink, view: SentenceView, i: number, prev: string): void {
  sink.add2(AFTER_TAG_TEMPLATE, prev, view.stems[i]!);
}

/** The tag before the first token, as the transition features name it. */
export const START_TAG = BOS;

/**
 * Tag-independent features of token i: its own, its neighbours' (±2) and
 * the pair with the word before. Words are folded (hamza, ta marbuta, alef
 * maqsura, diacritics) so spelling variants share their weights.
 */
export function emitEmission(sink: FeatureSink, view: SentenceView, i: number, lexicon: Lexicon): void {
  emitStatic(sink, view, i, 'self', lexicon);
  emitStatic(sink, view, i - 1, 'left', lexicon);
  emitStatic(sink, view, i + 1, 'right', lexicon);
  emitStatic(sink, view, i - 2, 'left2', lexicon);
  emitStatic(sink, view, i + 2, 'right2', lexicon);
  emitPair(sink, view, i);
}

/** Features from the rest of the document: the types a first pass gave the same word elsewhere (see DocumentMemory). */
export function emitDocument(sink: FeatureSink, typesElsewhere: readonly string[]): void {
  for (const type of typesElsewhere) sink.add('doc', type);
}

/** The tag-independent features of token i as joined strings (training, tests). */
export function emissionFeatures(view: SentenceView, i: number, lexicon: Lexicon, typesElsewhere: readonly string[] = []): string[] {
  const list = new FeatureList();
  emitEmission(list, view, i, lexicon);
  emitDocument(list, typesElsewhere);
  return list.features;
}

/** The features of token i after tag `prev`, as joined strings. */
export function afterFeatures(view: SentenceView, i: number, prev: string): string[] {
  const list = new FeatureList();
  emitTransition(list, prev);
  emitAfterWord(list, view, i, prev);
  return list.features;
}
