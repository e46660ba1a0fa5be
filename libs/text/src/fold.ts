/**
 * Folding for matching, not for display: a string and its folded form have
 * an index map, so a match found in the folded text reports offsets in the
 * original.
 *
 * Arabic: diacritics (harakat, shadda, sukun, dagger alef) and tatweel are
 * dropped; alef with hamza or madda and alef wasla become bare alef; ta
 * marbuta becomes ha; alef maqsura becomes ya; Persian yeh and keheh become
 * their Arabic letters. Latin: lower-cased only when asked, since English
 * names are matched with their capitalisation ("Male" the capital, not "male").
 */
/** Arabic marks and tatweel: U+0610–061A, 064B–065F, 0670, 06D6–06ED, 0640. Code ranges, not a regex: this runs per character. */
const dropped = (c: number): boolean =>
  (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640;
const MAP: Record<string, string> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی → ي
  '\u06A9': '\u0643', // ک → ك
};

export interface Folded {
  text: string;
  /** map[i] = index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

export function fold(input: string, lowerCase = false): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (dropped(input.charCodeAt(i))) continue;
    let out = MAP[ch] ?? ch;
    if (lowerCase) out = out.toLowerCase();
    // toLowerCase can lengthen a character (İ → i̇); keep one unit per source unit.
    text += out.length === 1 ? out : out[0];
    map.push(i);
  }
  map.push(input.length);
  return { text, map };
}

/** Folded form only, for keys and comparisons. */
export const foldKey = (input: string, lowerCase = false): string => fold(input, lowerCase).text;
