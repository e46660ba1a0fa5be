import { arabicReadings } from '../place-matcher.js';
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

/**
 * Sparse features of token i given the two tags before it (greedy
 * left-to-right decoding). Words are folded (hamza, ta marbuta, alef
 * maqsura, diacritics) so spelling variants share their weights.
 */
export function tokenFeatures(tokens: readonly string[], i: number, prev: string, prev2: string, lexicon: Lexicon): string[] {
  const w = norm(tokens[i]!);
  const s = stem(w);
  const at = (k: number) => (tokens[i + k] === undefined ? (k < 0 ? '<s>' : '</s>') : norm(tokens[i + k]!));
  const f = [
    'b',
    `w=${w}`,
    `s=${s}`,
    `p2=${s.slice(0, 2)}`,
    `p3=${s.slice(0, 3)}`,
    `x2=${w.slice(-2)}`,
    `x3=${w.slice(-3)}`,
    `sh=${shape(tokens[i]!)}`,
    `len=${Math.min(w.length, 8)}`,
    `w-1=${at(-1)}`,
    `w+1=${at(1)}`,
    `w-2=${at(-2)}`,
    `w+2=${at(2)}`,
    `s-1=${stem(at(-1))}`,
    `s+1=${stem(at(1))}`,
    `x3-1=${at(-1).slice(-3)}`,
    `t-1=${prev}`,
    `t-2=${prev2}|${prev}`,
    `t-1w=${prev}|${s}`,
    `w-1w=${at(-1)}|${s}`,
  ];
  if (lexicon.placeFirst.has(s) || lexicon.placeFirst.has(w)) f.push('gaz=placeFirst');
  if (lexicon.placeAny.has(s) || lexicon.placeAny.has(w)) f.push('gaz=place');
  if (lexicon.placeAny.has(stem(at(-1)))) f.push('gaz-1=place');
  if (lexicon.person.has(s) || lexicon.person.has(w)) f.push('lex=pers');
  if (lexicon.person.has(stem(at(-1)))) f.push('lex-1=pers');
  if (lexicon.person.has(stem(at(1)))) f.push('lex+1=pers');
  if (lexicon.organisation.has(s) || lexicon.organisation.has(w)) f.push('lex=org');
  if (lexicon.location.has(s) || lexicon.location.has(w)) f.push('lex=loc');
  return f;
}
