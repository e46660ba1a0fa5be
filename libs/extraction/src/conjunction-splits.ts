import { foldKey } from '#text';
import type { TokenSpan } from './evaluation/conll.js';
import { NOT_NAME_AR } from './title-words.js';

/** Words with a leading «و» that belong inside a name: «ولد» of Mauritanian names («حضية ولد سلامة»). */
const INSIDE_NAMES = new Set(['ولد', 'وقاص'].map((w) => foldKey(w)));
/** Function words: «و» and one of these ends a name («… الحسن وسوف يرافق»). */
const FUNCTION_WORDS = new Set([...NOT_NAME_AR, 'سوف', 'لن', 'إذ', 'هذا', 'هو', 'هي', 'هم', 'لكن', 'لا'].map((w) => foldKey(w)));

/**
 * A run of names the tagger took for one, split before each word that opens
 * with the conjunction «و» and a name («محمد خميس وعباس عثمان» is «محمد
 * خميس» and «وعباس عثمان»; ANERcorp, like a reader, counts the «و» in the
 * second name). Not before «و» and the article («البوسنة والهرسك», «المجلس
 * الاقتصادي والاجتماعي»), a first name that starts with «و» («وليد», from
 * the name lists) or «ولد», nor before «وي», «وا», «وو» opening a foreign
 * name («سارة ويلكنز») unless a known first name follows the «و»; «و» and a
 * function word ends the name there («الحسن وسوف»). In ANERcorp train gold,
 * of the spans such a word would split, 4 persons are one name and 116 two
 * (places 9 and 131, organisations 4 and 9).
 */
export function splitAtConjunctions(span: TokenSpan, words: readonly string[], personWords: ReadonlySet<string>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = span.start;
  for (let i = span.start + 1; i < span.end; i++) {
    const w = foldKey(words[i]!);
    if (w.length < 3 || !w.startsWith('و') || w.startsWith('وال') || personWords.has(w) || INSIDE_NAMES.has(w)) continue;
    // «وي», «وا», «وو» open foreign names («سارة ويلكنز», «ستيوارت وايت») unless a known name follows the «و» («وياسمين», «واحمد»).
    if (/^و[ياو]/u.test(w) && !personWords.has(w.slice(1))) continue;
    out.push({ type: span.type, start, end: i });
    if (FUNCTION_WORDS.has(w.slice(1))) return out;
    start = i;
  }
  out.push({ type: span.type, start, end: span.end });
  return out;
}
