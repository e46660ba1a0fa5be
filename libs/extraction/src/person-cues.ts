import { foldKey } from '#text';
import type { Gazetteer } from '#knowledge';
import { BYLINES_AR, NATIONALITIES_EXTRA_AR, NOT_NAME_AR, PERSON_TITLES_AR, PROFESSION_MODIFIERS_AR, PROFESSIONS_AR, STRONG_TITLES_AR } from './title-words.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/u;
const MAX_MODIFIERS = 3;
/** Function words that never start a name, besides NOT_NAME_AR (folded at load). */
const FUNCTION_WORDS_AR = [
  'الى', 'علي', 'ان', 'انه', 'انها', 'هم', 'يكون', 'تكون', 'لدى', 'ضد', 'نحو', 'عبر', 'أمام', 'امام', 'وراء', 'أي', 'اي', 'إذا', 'اذا', 'لو', 'كي', 'لكي', 'حيث', 'بينما', 'فيما', 'بل', 'إلا', 'الا', 'سوى', 'دون', 'مثل',
  'عام', 'شهر', 'أسبوع', 'سنة', 'وقت', 'بشأن', 'إزاء', 'تجاه', 'عليه', 'عليها', 'له', 'لها', 'لهم', 'منه', 'منها', 'فيه', 'فيها', 'به', 'بها', 'إليه', 'عنه', 'عنها', 'معه',
  'يقول', 'تقول', 'يؤكد', 'ذكرت', 'يرى', 'رأى', 'اعتبر', 'وصف', 'أعرب', 'غادر',
  'رقم', 'مدة', 'فترة', 'أثر', 'إثر', 'عقب', 'لدى', 'لصالح', 'بسبب', 'مقابل',
];

/**
 * Nationality adjectives, masculine singular and definite, folded: «الفرنسي»
 * (not «الفرنسية», also a place's name: «السعودية»). From the knowledge
 * base's countries, and NATIONALITIES_EXTRA_AR.
 */
export function masculineNationalities(gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const place of gazetteer.places()) {
    for (const a of place.adjectives?.ar ?? []) {
      const key = foldKey(a);
      if (key.startsWith('ال') && key.endsWith('ي') && !key.includes(' ')) out.add(key);
    }
  }
  for (const a of NATIONALITIES_EXTRA_AR) out.add(foldKey(a));
  return out;
}

/** A person's name introduced by a cue, as token positions in its sentence. */
export interface PersonCue {
  /** The cue's first word: «مهاجمه» of «مهاجمه الدولي الكاميروني». */
  cue: number;
  /** The name's first word. */
  name: number;
  /** Whether the next word is the name's second. */
  second: boolean;
}

/** Definite or with a clitic before the article: «الفرنسي», «والفنانة», «بالقاهرة», «للرئيس». */
const definite = (w: string) => /^(?:[وفبك]?ال|و?لل)/u.test(w);

/**
 * Where a person's name must start, by the words before it: a profession
 * («الفنان طلعت زكريا», «المدافع الدولي العاجي كولو توريه», «رجل الأعمال
 * الأمريكي ألفريد ديمورا»), or a nationality adjective standing alone for a
 * person («سدد البرازيلي كارلوس كوريا», not «الجيش اللبناني …», where it
 * describes the noun before it), or a byline («كتب: …»). The word after the cue must look like a
 * name: Arabic, without the article, no function word, and either a known
 * first name or followed by another such word (a name of two words); on
 * ANERcorp train the word so found starts a person 85% of the time after a
 * profession and 70% after a nationality alone. When the next word looks
 * like a name as well it is the name's second word (95% of the cued names
 * on train that have such a word); the tagger, told so, decides whether the
 * name runs further.
 */
export class PersonCues {
  private readonly professions = new Set<string>();
  private readonly professionPairs = new Set<string>();
  private readonly modifiers = new Set(PROFESSION_MODIFIERS_AR.map((w) => foldKey(w)));
  private readonly bylines = new Set(BYLINES_AR.map((w) => foldKey(w)));
  private readonly nationalities: ReadonlySet<string>;
  private readonly notName: Set<string>;
  /** Every word that can open a cue (professions, first words of two-word ones, bylines, nationalities): one lookup rules out most words. */
  private readonly openers = new Set<string>();

  constructor(
    gazetteer: Gazetteer,
    private readonly personWords: ReadonlySet<string>,
  ) {
    for (const p of PROFESSIONS_AR) {
      const key = foldKey(p);
      (key.includes(' ') ? this.professionPairs : this.professions).add(key);
    }
    this.nationalities = masculineNationalities(gazetteer);
    const titles = [...PERSON_TITLES_AR, ...STRONG_TITLES_AR].map((t) => foldKey(t.split(' ')[0]!));
    this.notName = new Set([...NOT_NAME_AR, ...FUNCTION_WORDS_AR, ...titles].map((w) => foldKey(w)));
    for (const w of [...this.professions, ...this.bylines, ...this.nationalities]) this.openers.add(w);
    for (const p of this.professionPairs) this.openers.add(p.split(' ')[0]!);
  }

  /**
   * The cued names of a sentence (`words`, its tokens as written). `tags`,
   * the tagger's first reading of the sentence, rules out a nationality that
   * describes a name before it («ريال مدريد الإسباني …»). `folded`: the
   * words folded (foldKey), when the caller has them.
   */
  find(words: readonly string[], tags?: readonly string[], folded: readonly string[] = words.map((w) => foldKey(w))): PersonCue[] {
    const out: PersonCue[] = [];
    // Most sentences have no cue: one lookup per word (two for «وال…») before any other work.
    let any = false;
    for (const w of folded) {
      if (this.openers.has(w) || (w.startsWith('وال') && this.openers.has(w.slice(1)))) {
        any = true;
        break;
      }
    }
    if (!any) return out;
    // A leading «و» on the cue: «والفنانة رانيا …».
    const bare = (w: string) => (w.startsWith('وال') ? w.slice(1) : w);
    const nationality = (w: string) => this.nationalities.has(w) || (w.endsWith('ه') && this.nationalities.has(w.slice(0, -1)));
    const modifier = (i: number) => this.modifiers.has(bare(folded[i]!)) || nationality(bare(folded[i]!));
    const nameLike = (i: number) => {
      const w = folded[i];
      // The article as written: «ألفريد», «إلياس» are names.
      if (w === undefined || w.length < 2 || !ARABIC_WORD.test(w) || definite(words[i]!)) return false;
      if (this.notName.has(w) || (w.startsWith('و') && this.notName.has(w.slice(1)))) return false;
      return !this.professions.has(w) && !nationality(w);
    };
    for (let i = 0; i < folded.length; i++) {
      const w = bare(folded[i]!);
      if (!this.openers.has(w)) continue;
      let cueEnd: number;
      let cueStart = i;
      // «مهاجمه» (his striker) folds like «مهاجمة» (an attack): for these pronoun forms (no article; «الفنانة» is a
      // profession either way) the word as written decides.
      if (this.professions.has(w) && !(!w.startsWith('ال') && w.endsWith('ه') && /ة[\u064B-\u065F]*$/u.test(words[i]!))) cueEnd = i;
      else if (this.bylines.has(w) && /^[:ـ-]$/u.test(words[i + 1] ?? '')) cueEnd = i + 1;
      else if (i + 1 < folded.length && this.professionPairs.has(`${w} ${folded[i + 1]}`)) cueEnd = i + 1;
      else if (this.nationalities.has(w)) {
        // Alone, not describing a noun before it: «الجيش اللبناني», «المدافع الدولي العاجي» (the profession's cue) are not.
        let j = i - 1;
        while (j >= 0 && modifier(j)) j--;
        if (j >= 0 && (definite(folded[j]!) || this.professions.has(bare(folded[j]!)) || this.nationalities.has(folded[j]!) || (tags !== undefined && tags[j] !== 'O'))) continue;
        cueStart = j + 1;
        cueEnd = i;
      } else continue;
      let k = cueEnd + 1;
      while (k < folded.length && k - cueEnd <= MAX_MODIFIERS && modifier(k)) k++;
      if (!nameLike(k)) continue;
      const second = nameLike(k + 1);
      if (!second && !this.personWords.has(folded[k]!)) continue;
      // A one-word name the tagger found, then «و»/«ف» and a verb: «جونينيو فتابعها».
      const alone = tags !== undefined && tags[k] === 'B-PERS' && tags[k + 1] === 'O' && /^[وف]/u.test(folded[k + 1]!);
      out.push({ cue: cueStart, name: k, second: second && !alone });
    }
    return out;
  }

  /** The tags the tagger is to give a sentence's cued names: O on the cue («[الفنان] حسين فهمي» is no name), B-PERS on the name's first word, I-PERS on its second. */
  static forcedTags(cues: readonly PersonCue[]): Map<number, string> {
    const out = new Map<number, string>();
    for (const c of cues) {
      for (let i = c.cue; i < c.name; i++) if (!out.has(i)) out.set(i, 'O');
      out.set(c.name, 'B-PERS');
      if (c.second) out.set(c.name + 1, 'I-PERS');
    }
    return out;
  }
}
