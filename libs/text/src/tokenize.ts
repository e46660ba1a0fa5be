export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters (with their combining marks) and digits; everything else separates. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Words as `tokenize` finds them, and every other visible character as a token of its own. */
const WORD_OR_MARK = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Tokens the way annotated corpora split text (ANERcorp, CoNLL): words, and
 * punctuation as separate tokens. The statistical tagger learnt its
 * features («قال» before a name, a quote mark after it) on this split.
 */
export function tokenizeWithPunctuation(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_OR_MARK)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
