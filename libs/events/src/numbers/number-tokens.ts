import { fold } from '#text';

/** A word or a digit group, folded for lookup, with offsets in the original text. */
export interface NumberToken {
  /** Folded (Arabic letter variants unified, diacritics dropped) and lower-cased. */
  w: string;
  start: number;
  end: number;
  /** Original text between the previous token and this one ('' for the first). */
  gap: string;
  /** Digit group already read as an integer («١٬٢٠٠» → 1200), else undefined. */
  digits?: number;
}

/**
 * Digit runs in any of the three digit sets, with thousands separators only
 * when exactly three digits follow («1,200», «١٬٢٠٠», «1.200»), so «1.5» and
 * «2015/7/15» stay separate groups.
 */
const TOKEN = /[0-9٠-٩۰-۹]+(?:[,٬.’'][0-9٠-٩۰-۹]{3}(?![0-9٠-٩۰-۹]))*|[\p{L}\p{M}]+/gu;

/** Arabic-Indic (U+0660) and Persian (U+06F0) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[٠-٩۰-۹]/gu, (d) => String(d.charCodeAt(0) & 0xf));
}

export function numberTokens(text: string): NumberToken[] {
  const { text: folded, map } = fold(text, true);
  const tokens: NumberToken[] = [];
  let prevEnd = 0;
  for (const m of folded.matchAll(TOKEN)) {
    const start = map[m.index]!;
    let end = map[m.index + m[0].length - 1]! + 1;
    // fold() drops marks, so a final tanween («خمسٌ») would fall outside the word.
    while (end < text.length && /[\p{M}\u0640]/u.test(text[end]!)) end++;
    const token: NumberToken = { w: m[0], start, end, gap: text.slice(prevEnd, start) };
    if (/^[0-9٠-٩۰-۹]/u.test(m[0])) token.digits = Number(asciiDigits(m[0]).replace(/[^0-9]/g, ''));
    tokens.push(token);
    prevEnd = end;
  }
  return tokens;
}

/** Only spaces between two tokens: a comma or a slash ends a number phrase. */
export const joined = (t: NumberToken): boolean => /^\s*$/u.test(t.gap);
