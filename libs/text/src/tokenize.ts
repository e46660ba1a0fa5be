export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Tokens are runs of letters (with their combining marks) and digits —
 * `[\p{L}\p{M}\p{N}]` — and, for tokenizeWithPunctuation, every other
 * visible character alone. Every text the service reads is tokenized more
 * than once, so the classes of the BMP's code units come from a table made
 * on first use, not from a regex match object per token; code points
 * outside the BMP (surrogate pairs) ask the regex.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const WORD = 1;
const SPACE = 2;
const OTHER = 0;
let unitClasses: Uint8Array | undefined;

function classesOfUnits(): Uint8Array {
  if (unitClasses === undefined) {
    unitClasses = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      // Surrogates stay OTHER: a lone one is a character of its own, a pair is classed by codePointClass.
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      unitClasses[c] = WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
    }
  }
  return unitClasses;
}

/** Length in code units of the code point at i (2 for a surrogate pair). */
function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The class of the code point at i, which is `length` units long. */
function classAt(text: string, i: number, length: number, units: Uint8Array): number {
  if (length === 1) return units[text.charCodeAt(i)]!;
  const ch = text.slice(i, i + 2);
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

function scan(text: string, withPunctuation: boolean): Token[] {
  const units = classesOfUnits();
  const tokens: Token[] = [];
  let wordStart = -1;
  for (let i = 0; i < text.length; ) {
    const length = codePointLength(text, i);
    const cls = classAt(text, i, length, units);
    if (cls === WORD) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) {
        tokens.push({ text: text.slice(wordStart, i), start: wordStart, end: i });
        wordStart = -1;
      }
      if (cls === OTHER && withPunctuation) tokens.push({ text: text.slice(i, i + length), start: i, end: i + length });
    }
    i += length;
  }
  if (wordStart >= 0) tokens.push({ text: text.slice(wordStart), start: wordStart, end: text.length });
  return tokens;
}

/** Letters (with their combining marks) and digits; everything else separates. */
export function tokenize(text: string): Token[] {
  return scan(text, false);
}

/**
 * Tokens the way annotated corpora split text (ANERcorp, CoNLL): words, and
 * punctuation as separate tokens. The statistical tagger learnt its
 * features («قال» before a name, a quote mark after it) on this split.
 * Words as `tokenize` finds them, and every other visible character as a
 * token of its own.
 */
export function tokenizeWithPunctuation(text: string): Token[] {
  return scan(text, true);
}
