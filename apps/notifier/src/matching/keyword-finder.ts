import { arabicReadings } from '#extraction';
import { fold, tokenize } from '#text';

export interface KeywordHit {
  start: number;
  end: number;
}

/** A text folded (lower-cased too) and split into words, once, for all the keywords searched in it. */
export interface KeywordText {
  folded: ReturnType<typeof fold>;
  tokens: ReturnType<typeof tokenize>;
}

export const keywordText = (s: string): KeywordText => {
  const folded = fold(s, true);
  return { folded, tokens: tokenize(folded.text) };
};

/**
 * Finds a keyword or phrase on word boundaries, ignoring case, Arabic
 * diacritics and letter variants, and Arabic clitics on its first word
 * (و ف ب ل ك, لل) and the article ال: «والقصف» matches "قصف".
 */
export function findKeyword(text: string | KeywordText, keyword: string): KeywordHit | undefined {
  const wanted = keywordText(keyword).tokens.map((t) => t.text);
  if (wanted.length === 0) return undefined;
  const { folded, tokens } = typeof text === 'string' ? keywordText(text) : text;
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    const first = tokens[i]!.text;
    const heads = /[\u0621-\u064A]/u.test(first) ? arabicReadings(first) : [first];
    const headMatches = heads.some((h) => h === wanted[0] || (h.startsWith('ال') && h.slice(2) === wanted[0]));
    if (!headMatches) continue;
    if (wanted.slice(1).every((w, k) => tokens[i + 1 + k]!.text === w)) {
      const last = tokens[i + wanted.length - 1]!;
      return { start: folded.map[tokens[i]!.start]!, end: folded.map[last.end]! };
    }
  }
  return undefined;
}
