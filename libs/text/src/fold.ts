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

/** What a code unit folds to, or DROP. A switch on codes, not a table of strings: folding runs over every text the service reads. */
const DROP = -1;
function foldedUnit(c: number, lowerCase: boolean): number {
  if (dropped(c)) return DROP;
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0629: // ة → ه
      return 0x0647;
    case 0x0649: // ى → ي
    case 0x06cc: // ی → ي
      return 0x064a;
    case 0x06a9: // ک → ك
      return 0x0643;
  }
  if (!lowerCase || c < 0x41 || (c > 0x5a && c < 0x80)) return c;
  if (c <= 0x5a) return c + 0x20;
  // toLowerCase can lengthen a character (İ → i̇); keep one unit per source unit.
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

export interface Folded {
  text: string;
  /** map[i] = index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

export function fold(input: string, lowerCase = false): Folded {
  const map: number[] = [];
  // Units that fold to themselves are copied a run at a time, not one by one.
  let text = '';
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const out = foldedUnit(c, lowerCase);
    if (out !== c) {
      text += input.slice(run, i);
      run = i + 1;
      if (out === DROP) continue;
      text += String.fromCharCode(out);
    }
    map.push(i);
  }
  text += input.slice(run);
  map.push(input.length);
  return { text, map };
}

/** Folded form only, for keys and comparisons (no index map to build). */
export function foldKey(input: string, lowerCase = false): string {
  let text = '';
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const out = foldedUnit(c, lowerCase);
    if (out === c) continue;
    text += input.slice(run, i);
    run = i + 1;
    if (out !== DROP) text += String.fromCharCode(out);
  }
  // Nothing to fold (most words): the input itself, no copy.
  return run === 0 ? input : text + input.slice(run);
}
