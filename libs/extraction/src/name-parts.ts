import { foldKey } from '#text';
import type { PreparedText } from './phrase-index.js';

/** Words that join the parts of an Arabic name: «بن», «آل», «أبو». */
const FAMILY_LINKS = new Set(['بن', 'بنت', 'ابن', 'آل', 'أبو', 'ابو'].map((w) => foldKey(w)));

/**
 * Whether the word starting at original offset `start` continues a longer
 * name: after «آل» or «بن» («… بن راشد آل مكتوم») it is a family or
 * father's name, not a surname standing alone.
 */
export function insideLongerName(text: PreparedText, start: number): boolean {
  const i = text.tokens.findIndex((t) => text.folded.map[t.start] === start);
  return i > 0 && FAMILY_LINKS.has(text.words[i - 1]!);
}
