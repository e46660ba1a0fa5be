import type { SentenceSpan } from '#text';
import type { EntityType } from '#contracts';
import type { NameHit } from './name-hit.js';

/**
 * Names in English text the knowledge base does not know. The tagger learnt
 * Arabic (ANERcorp) and leaves Latin script alone, and English marks names
 * itself: runs of capitalised words ("Raimberdi Duishenbiev", "Syrian
 * Observatory for Human Rights"). Their type comes from the words in them
 * (Ministry, Front, Observatory … → ORG) or before them (in, near → LOCATION);
 * a run of two or more words with neither is a person. Runs that open a
 * sentence with one word ("The", "However") are not names.
 */
const ORG_WORDS = new Set([
  'Ministry', 'Army', 'Forces', 'Force', 'Front', 'Party', 'Council', 'Organization', 'Organisation', 'Agency', 'Observatory', 'Committee',
  'Group', 'Brigade', 'Brigades', 'Corps', 'Union', 'Bank', 'University', 'Company', 'Corporation', 'Movement', 'Association', 'Commission',
  'Authority', 'Court', 'Office', 'Department', 'Institute', 'Guard', 'Guards', 'Coalition', 'League', 'Fund', 'Programme', 'Program',
  'Service', 'Services', 'News', 'Agency', 'Parliament', 'Assembly', 'Government', 'Militia', 'Battalion', 'Division', 'Command', 'Network',
  'Foundation', 'Society', 'Crescent', 'Cross', 'Times', 'Post', 'Press', 'Reuters', 'Inc', 'Ltd',
]);
const LOCATION_BEFORE = new Set(['in', 'near', 'at', 'outside', 'around', 'across', 'into', 'towards', 'toward']);
/** Lower-case words allowed inside a name ("Organisation for the Prohibition of Chemical Weapons", "Bashar al-Assad"); "the" only after "of" or "for". */
const INSIDE = new Set(['of', 'for', 'al', 'el', 'bin', 'ibn', 'de', 'du', 'van', 'von', 'la', 'le']);
/** Capitalised words that are not names on their own. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'However', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Minister', 'General', 'Prime', 'Foreign', 'Defence', 'Defense', 'Deputy', 'Chief', 'Colonel', 'Major',
]);
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const MAX_WORDS = 8;

export function englishNames(text: string, sentences: readonly SentenceSpan[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    if (!/[A-Za-z]/.test(slice)) continue;
    const words = [...slice.matchAll(WORD)].map((m) => ({ text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
    const capital = (i: number) => /^\p{Lu}/u.test(words[i]!.text) && !NOT_NAMES.has(words[i]!.text);
    // Only spaces, a hyphen or an apostrophe between two words of one name.
    const joined = (i: number) => /^(?:\s+|-|\s*-\s*)$/u.test(text.slice(words[i - 1]!.end, words[i]!.start));
    for (let i = 0; i < words.length; i++) {
      if (!capital(i)) continue;
      let last = i;
      for (;;) {
        // Up to two small words may stand between capitalised ones ("… for the Prohibition …").
        let next = last + 1;
        const inside = (j: number) => INSIDE.has(words[j]!.text) || (words[j]!.text === 'the' && (words[j - 1]!.text === 'of' || words[j - 1]!.text === 'for'));
        while (next < words.length && next - last <= 2 && inside(next) && joined(next)) next++;
        if (next >= words.length || next - i >= MAX_WORDS || !joined(next) || !capital(next)) break;
        last = next;
      }
      const run = words.slice(i, last + 1);
      const type = typeOf(run.map((w) => w.text), words[i - 1]?.text);
      if (type !== undefined && !(i === 0 && run.length === 1 && type !== 'LOCATION')) {
        hits.push({ type, start: run[0]!.start, end: run.at(-1)!.end, form: 'name', source: 'english-capitals' });
      }
      i = last;
    }
  }
  return hits;
}

function typeOf(run: readonly string[], before: string | undefined): EntityType | undefined {
  if (run.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (before !== undefined && LOCATION_BEFORE.has(before) && run.length <= 3) return 'LOCATION';
  return run.filter((w) => !INSIDE.has(w)).length >= 2 ? 'PERSON' : undefined;
}
