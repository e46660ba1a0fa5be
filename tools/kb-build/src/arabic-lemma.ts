/**
 * From the lemmatised, underscore-joined names of the UniversalPetrarch
 * Arabic actor dictionary to the forms news prints.
 *
 * The dictionary stores lemmas: «جيش_سوري» for «الجيش السوري»,
 * «وزارة_دفاع_أميركي» for «وزارة الدفاع الأميركية», «قوة_خاص» for «القوات
 * الخاصة». Arabic marks a name's definiteness on its words: in a construct
 * (idafa) the head stays bare and what follows takes the article; an
 * adjective takes the article when its noun has it, and the feminine ending
 * when its noun is feminine. The lemma says neither, so this writes the
 * likely forms, the preferred one first; the build keeps the preferred one
 * and the others that ordinary news actually uses.
 */

/** Adjectives that are not nisba forms (ending in ي). */
const ADJECTIVES = new Set(['عام', 'خاص', 'مسلح', 'حر', 'أعلى', 'كبير', 'جديد', 'موحد', 'مستقل', 'أحمر', 'أعظم', 'متحد', 'مشترك', 'أول', 'ثاني', 'ثالث', 'أوسط']);
/** Nouns that end in ي but are not adjectives. */
const NOT_NISBA = new Set(['وادي', 'قاضي', 'نادي', 'مدعي', 'ضواحي', 'مباني', 'أراضي', 'ساعي', 'راعي', 'داعي', 'والي', 'ثاني']);
/** Lemmas whose name form is usually plural: «قوة_خاص» is «القوات الخاصة». */
const PLURAL_FORMS: Record<string, string> = { قوة: 'قوات', وحدة: 'وحدات', كتيبة: 'كتائب', سرية: 'سرايا' };

const ARTICLE = 'ال';
const MINISTRY_NOUNS: Record<string, string> = { داخلي: 'الداخلية', خارجي: 'الخارجية', مالي: 'المالية', داخلية: 'الداخلية', خارجية: 'الخارجية' };
const stripMarks = (w: string): string => w.replace(/[\u064B-\u0652\u0670\u0640]/gu, '');

export const isAdjective = (word: string): boolean => {
  const w = word.startsWith(ARTICLE) && word.length > 4 ? word.slice(ARTICLE.length) : word;
  return ADJECTIVES.has(w) || (w.length >= 3 && w.endsWith('ي') && !NOT_NISBA.has(w));
};

const isFeminine = (w: string): boolean => w.endsWith('ة') || w.endsWith('ات') || ['قوات', 'وحدات', 'كتائب', 'سرايا'].includes(w);

const definite = (w: string): string => (w.startsWith(ARTICLE) ? w : `${ARTICLE}${w}`);

/** The feminine of an adjective: سوري → سورية, عام → عامة, أعلى → عليا. */
function feminine(adj: string): string {
  if (adj === 'أعلى') return 'عليا';
  if (adj === 'أول') return 'أولى';
  if (adj === 'أحمر') return 'حمراء';
  return `${adj}ة`;
}

export interface LemmaContext {
  /** Proper names among the words (قطر, لبنان, حماس) take no article. */
  isProperName(word: string): boolean;
}

/**
 * Likely surface forms of a lemmatised organisation name, preferred first.
 * `words`: the lemma's words («وزارة», «دفاع», «أميركي»).
 */
export function surfaceForms(lemmaWords: readonly string[], ctx: LemmaContext): string[] {
  const words = lemmaWords.map(stripMarks).filter((w) => w !== '');
  if (words.length === 0) return [];
  if (words.length === 1) return [words[0]!];
  const [head, ...rest0] = words;
  // Ministries are named by nouns the lemmatiser turned into adjectives: وزارة_داخلي is «وزارة الداخلية».
  const rest = rest0.map((w, i) => (i === 0 && head === 'وزارة' && MINISTRY_NOUNS[w] ? MINISTRY_NOUNS[w]! : w));
  // Plural first where the name is usually plural: «القوات الخاصة» before «القوة الخاصة».
  const heads = PLURAL_FORMS[head!] ? [PLURAL_FORMS[head!]!, head!] : [head!];
  const nounsAfterHead = rest.filter((w) => !isAdjective(w));
  const out: string[] = [];
  for (const h of heads) {
    // Only adjectives after the head (جيش سوري): the whole name is definite, «الجيش السوري».
    const wholeDefinite = nounsAfterHead.length === 0;
    // Each adjective agrees with the head or with the noun just before it; try both where they differ.
    const options: string[][] = [];
    let lastNoun = h;
    for (const w of rest) {
      if (!isAdjective(w)) {
        const proper = ctx.isProperName(w);
        options.push(proper || w.startsWith(ARTICLE) ? [w] : [definite(w), w]);
        lastNoun = w;
        continue;
      }
      const bare = w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w;
      // A proper name before the adjective (بنك قطر الوطني) leaves it agreeing with the head only.
      const genders = new Set(ctx.isProperName(lastNoun) ? [isFeminine(h)] : [isFeminine(h), isFeminine(lastNoun)]);
      options.push([...genders].map((fem) => definite(fem ? feminine(bare) : bare)));
    }
    const first = wholeDefinite ? definite(h) : h;
    for (const tail of product(options, 8)) out.push([first, ...tail].join(' '));
  }
  return [...new Set(out)];
}

/** Combinations of the options, the first options first, at most `limit`. */
function product(options: string[][], limit: number): string[][] {
  let acc: string[][] = [[]];
  for (const opts of options) {
    const next: string[][] = [];
    for (const prefix of acc) for (const o of opts) next.push([...prefix, o]);
    acc = next.slice(0, limit);
  }
  return acc;
}

/** A person's name from its lemma words: joined, marks dropped («عبد_اللٰه» → «عبد الله»). */
export const personName = (words: readonly string[]): string => words.map(stripMarks).filter((w) => w !== '').join(' ');
