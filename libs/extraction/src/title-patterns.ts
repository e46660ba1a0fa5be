import { foldKey } from '#text';
import { PhraseIndex, arabicReadings, phraseKeys, type PreparedText } from './phrase-index.js';
import { overlaps, type NameHit } from './name-hit.js';
import { NAME_LINKS_AR, NAME_PARTICLES_EN, NOT_NAME_AR, ORG_HEADS_AR, ORG_HEADS_EN, ORG_HEADS_UNQUOTED_AR, ORG_HEADS_UNQUOTED_MASCULINE_AR, PERSON_TITLES_AR, PERSON_TITLES_EN, STRONG_TITLES_AR, TITLE_LINKS_AR } from './title-words.js';

type Cue = 'person' | 'strong-person' | 'org' | 'org-unquoted' | 'org-unquoted-masculine';

const ARABIC = /[\u0621-\u064A]/u;
const fold = (w: string) => foldKey(w);
const LINKS = new Set(TITLE_LINKS_AR.map(fold));
const NOT_NAME = new Set(NOT_NAME_AR.map(fold));
const PARTICLES = new Set(NAME_PARTICLES_EN);
const NAME_LINKS = new Set(NAME_LINKS_AR.map(fold));
const STRONG = new Set(STRONG_TITLES_AR.map(fold));
const OPEN_QUOTES: Record<string, string> = { '«': '»', '"': '"', '“': '”', "'": "'" };
const MAX_NAME_WORDS = 3;
const MAX_TITLE_LINKS = 6;
const MAX_QUOTED = 60;
/** First words of titles and heads: a name stops before one («… سهيل الحسن قائد …»). */
const CUE_HEADS = new Set([...PERSON_TITLES_AR, ...STRONG_TITLES_AR, ...PERSON_TITLES_EN, ...ORG_HEADS_AR, ...ORG_HEADS_EN].map((t) => fold(t.split(' ')[0]!)));

const CUES = (() => {
  const index = new PhraseIndex<Cue>();
  const add = (names: readonly string[], cue: Cue) => {
    for (const name of names) for (const key of phraseKeys(name)) index.set(key, cue);
  };
  add(ORG_HEADS_AR, 'org');
  add(ORG_HEADS_EN, 'org');
  add(ORG_HEADS_UNQUOTED_AR, 'org-unquoted');
  add(ORG_HEADS_UNQUOTED_MASCULINE_AR, 'org-unquoted-masculine');
  // Titles last: «لواء» heads a brigade's name, «اللواء» is a rank.
  add(PERSON_TITLES_AR, 'person');
  add(PERSON_TITLES_EN, 'person');
  add(STRONG_TITLES_AR, 'strong-person');
  return index;
})();

/** What the title finder may consult about the same text. */
export interface TitleContext {
  /** Knowledge-base hits: a name they cover is already linked; countries between title and name («الروسي») give the person a country. */
  known: readonly NameHit[];
  /** The tagger's hits, when the tagger runs: a person it found after a title gets the title as role and keeps the tagger's extent. */
  tagged: readonly NameHit[];
  /** Folded words of person names (name lists): the first word of a name after a title needs to be one, or the tagger's agreement. */
  personWords: ReadonlySet<string>;
}

/**
 * Persons introduced by a title or role («وزير الدفاع الروسي سيرغي شويغو»,
 * «اللواء …», "Foreign Minister Sergei Lavrov", "spokeswoman …") and
 * organisations introduced by a head word and quotes («تنظيم "أنصار
 * التوحيد"», the group "…") or by «منظمة» and definite words («منظمة الصحة
 * العالمية»). Works on the prepared text the other matchers share.
 */
export function titledNames(value: string, text: PreparedText, context: TitleContext): NameHit[] {
  const { tokens, words, folded } = text;
  const at = (i: number) => folded.map[tokens[i]!.start]!;
  const endAt = (i: number) => folded.map[tokens[i]!.end]!;
  // Only spaces (or an English hyphen, "al-Assad") between word i-1 and i: punctuation ends a name.
  const joined = (i: number) => /^(?:\s+|-)$/u.test(folded.text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  // The article as written: «آلان», «ألفريد», «إلياس» are names, though they fold to «ال…».
  const hasArticle = (i: number) => {
    const raw = value.slice(at(i), endAt(i)).replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
    // «للشؤون» reads as «الشؤون» with its «ل»: the article is there, merged into «لل».
    return /^[وف]?لل/u.test(raw) || arabicReadings(words[i]!).some((r) => r.startsWith('ال') && raw[raw.length - r.length] === 'ا');
  };
  const covered = (i: number) => context.known.some((h) => h.form !== 'adjective' && h.start <= at(i) && endAt(i) <= h.end);
  // A known person right after the title is the one it names: nothing left to find.
  const knownPerson = (i: number) => context.known.some((h) => h.type === 'PERSON' && h.start <= at(i) && endAt(i) <= h.end);
  const hits: NameHit[] = [];

  for (const cue of CUES.find(text)) {
    const first = tokens.findIndex((t) => folded.map[t.start] === cue.start);
    if (first < 0) continue;
    let next = first;
    while (next < tokens.length && endAt(next) < cue.end) next++;
    next++;
    if (cue.payload === 'person' || cue.payload === 'strong-person') {
      const hit = personAfter(next, cue.start, cue.payload === 'strong-person');
      if (hit) hits.push(hit);
    } else {
      const hit = cue.payload === 'org' ? quotedAfter(cue.end) : definiteAfter(next, cue.start, cue.payload === 'org-unquoted-masculine');
      if (hit) hits.push(hit);
    }
  }
  return hits;

  function personAfter(from: number, titleStart: number, strong: boolean): NameHit | undefined {
    let i = from;
    const arabic = ARABIC.test(words[from - 1] ?? '');
    // Skip what belongs to the title: «الخارجية», «الروسي», «مجلس الشعب», «روسيا».
    let linked = 0;
    // A rank inside the title makes it strong: «رئيس الأركان … اللواء رايم بردي دويشنبييف».
    while (arabic && i < tokens.length && linked < MAX_TITLE_LINKS && joined(i) && !NOT_NAME.has(words[i]!) && !knownPerson(i) &&
      (hasArticle(i) || LINKS.has(words[i]!) || covered(i))) {
      if (STRONG.has(words[i]!)) strong = true;
      i++;
      linked++;
    }
    if (i >= tokens.length || !joined(i) || covered(i)) return undefined;
    const nameWord = (j: number, isFirst: boolean) => {
      const w = words[j]!;
      if (NOT_NAME.has(w) || CUE_HEADS.has(w)) return false;
      if (arabic) {
        if (!ARABIC.test(w) || (isFirst && hasArticle(j))) return false;
        if (isFirst) return true;
        // «… والرئيس», «… وقال»: a conjunction before a title, a verb or a second person's name ends this one.
        const peeled = arabicReadings(w).slice(1);
        return !peeled.some((r) => NOT_NAME.has(r) || CUE_HEADS.has(r) || (w.startsWith('و') && context.personWords.has(r)));
      }
      const raw = tokens[j]!.text;
      return /^\p{Lu}/u.test(raw) || (!isFirst && PARTICLES.has(raw.toLowerCase()));
    };
    if (!nameWord(i, true)) return undefined;
    let last = i;
    // Name links («بن», «آل», "al") do not count: «محمد بن راشد آل مكتوم» is one name.
    let counted = 1;
    while (last + 1 < tokens.length && counted < MAX_NAME_WORDS + (arabic ? 0 : 1) && joined(last + 1) && nameWord(last + 1, false) && !covered(last + 1)) {
      last++;
      if (!NAME_LINKS.has(words[last]!) && !PARTICLES.has(tokens[last]!.text.toLowerCase())) counted++;
    }
    // English particles end no name ("President Assad al" is not a name).
    while (!arabic && last > i && PARTICLES.has(tokens[last]!.text.toLowerCase())) last--;

    const start = at(i);
    const role = value.slice(titleStart, start).trim();
    // What the title names: a country («الروسي») or a known body («الخارجية الأمريكية»), nearest the name.
    let countryId: string | undefined;
    let affiliation: string | undefined;
    for (const h of context.known) {
      if (h.start < titleStart || h.end > start || !h.link) continue;
      if ('actor' in h.link && h.link.actor.type !== 'person') {
        affiliation = h.link.actor.id;
        countryId = h.link.actor.country ?? countryId;
      } else if ('place' in h.link && h.link.place.type === 'country') countryId = h.link.place.id;
    }
    const about = { role, ...(countryId ? { country: countryId } : {}), ...(affiliation ? { affiliation } : {}) };
    const tagged = context.tagged.find((h) => h.type === 'PERSON' && h.start === start);
    if (tagged) return { ...tagged, source: 'title', ...about };
    // Measured on ANERcorp dev: words after a title that neither the tagger
    // nor the name lists call a person are right a quarter of the time
    // («الفريق» is a rank and a team; «مدير دائرة …»), so they are not taken.
    // English names carry their own evidence: capitals after a title.
    if (arabic && !context.personWords.has(words[i]!) && !(strong && last > i)) return undefined;
    return { type: 'PERSON', start, end: endAt(last), form: 'name', source: 'title', ...about };
  }

  function quotedAfter(headEnd: number): NameHit | undefined {
    let open = headEnd;
    while (open < value.length && /\s/u.test(value[open]!)) open++;
    const close = OPEN_QUOTES[value[open] ?? ''];
    if (close === undefined) return undefined;
    const end = value.indexOf(close, open + 1);
    if (end < 0 || end - open - 1 > MAX_QUOTED || value.slice(open + 1, end).includes('\n')) return undefined;
    const inner = value.slice(open + 1, end);
    const start = open + 1 + (inner.length - inner.trimStart().length);
    const stop = end - (inner.length - inner.trimEnd().length);
    if (stop <= start || !/[\p{L}]/u.test(inner)) return undefined;
    const hit: NameHit = { type: 'ORG', start, end: stop, form: 'name', source: 'title' };
    return context.known.some((h) => overlaps(h, hit)) ? undefined : hit;
  }

  /** Definite words after a head («منظمة الصحة العالمية»); after a masculine head, masculine adjectives («البنك التجاري»: «…ي»). */
  function definiteAfter(from: number, headStart: number, masculine: boolean): NameHit | undefined {
    let last = from - 1;
    const fits = (w: string) => w.startsWith('ال') && !NOT_NAME.has(w) && (!masculine || w.endsWith('ي'));
    while (last + 1 < tokens.length && last + 2 - from <= MAX_NAME_WORDS && joined(last + 1) && fits(words[last + 1]!)) last++;
    if (last < from) return undefined;
    const hit: NameHit = { type: 'ORG', start: headStart, end: endAt(last), form: 'name', source: 'title' };
    return context.known.some((h) => overlaps(h, hit)) ? undefined : hit;
  }
}
