/**
 * Number words in folded spelling (fold(): أ/إ/آ → ا, ة → ه, ى → ي), the
 * forms news copy uses: masculine and feminine, nominative and oblique.
 */
export type WordKind =
  /** 1–9; `teenOnly` forms (أحد، اثنا …) count only before عشر. */
  | 'unit'
  /** عشر/عشرة: 10 alone, or the second half of a teen after a unit. */
  | 'ten'
  | 'tens'
  /** One-word hundreds (ثلاثمئة، مئتان). */
  | 'hundreds'
  /** مئة: 100 alone, or ×100 after a unit («خمس مئة»). */
  | 'hundred'
  /** ألف، مليون: ×n after a number, n alone. */
  | 'multiplier'
  /** ألفان، مليونان: a whole group already multiplied. */
  | 'group'
  /** عشرات، مئات: a lower bound, not a count. */
  | 'vague';

export interface NumberWord {
  kind: WordKind;
  value: number;
  teenOnly?: boolean;
  /** آلاف، ملايين, thousands: alone they are a lower bound, after a number they multiply. */
  plural?: boolean;
}

const entries: Record<string, NumberWord> = {};
const add = (kind: WordKind, value: number, words: string[], flag?: 'teenOnly' | 'plural') => {
  for (const w of words) entries[w] = flag ? { kind, value, [flag]: true } : { kind, value };
};

// Stems shared by units, tens and one-word hundreds (ثلاث → ثلاثه، ثلاثون، ثلاثمئه).
const STEMS: [string, number][] = [
  ['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9],
];

add('unit', 1, ['واحد', 'واحده']);
add('unit', 1, ['احد', 'احدي'], 'teenOnly');
add('unit', 2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']);
add('unit', 2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي'], 'teenOnly');
add('ten', 10, ['عشر', 'عشره']);
add('tens', 20, ['عشرون', 'عشرين']);
for (const [stem, n] of STEMS) {
  add('unit', n, [stem, stem + 'ه']);
  add('tens', n * 10, [stem + 'ون', stem + 'ين']);
  add('hundreds', n * 100, [stem + 'مئه', stem + 'مائه']);
}
add('unit', 8, ['ثماني', 'ثمانيه']);
add('hundreds', 800, ['ثمانيمئه', 'ثمانيمائه']);
add('hundred', 100, ['مئه', 'مائه']);
add('hundreds', 200, ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي']);
// الفا is the accusative after 11–99 («عشرين ألفاً»); آلاف the plural after 3–10.
add('multiplier', 1000, ['الف', 'الفا']);
add('multiplier', 1000, ['الاف'], 'plural');
add('multiplier', 1_000_000, ['مليون', 'مليونا']);
add('multiplier', 1_000_000, ['ملايين'], 'plural');
add('group', 2000, ['الفان', 'الفين']);
add('group', 2_000_000, ['مليونان', 'مليونين']);
add('vague', 10, ['عشرات']);
add('vague', 100, ['مئات', 'مائات']);

/** English words, lower-cased. */
const english: Record<string, NumberWord> = {};
'one two three four five six seven eight nine'.split(' ').forEach((w, i) => (english[w] = { kind: 'unit', value: i + 1 }));
'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((w, i) => (english[w] = { kind: 'ten', value: i + 10 }));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => (english[w] = { kind: 'tens', value: (i + 2) * 10 }));
english['hundred'] = { kind: 'hundred', value: 100 };
english['thousand'] = { kind: 'multiplier', value: 1000 };
english['million'] = { kind: 'multiplier', value: 1_000_000 };
english['dozens'] = { kind: 'vague', value: 12 };
english['scores'] = { kind: 'vague', value: 20 };
english['hundreds'] = { kind: 'vague', value: 100 };
english['thousands'] = { kind: 'multiplier', value: 1000, plural: true };
english['tens'] = { kind: 'vague', value: 10 };

export interface WordReading extends NumberWord {
  /** The word carried «و» ("and"), which joins the parts of a compound. */
  conj: boolean;
  /** The word carried the article («العشرات»). */
  definite: boolean;
}

/**
 * Looks a word up as written, then without its clitics: و/ف (and), ب/ل/ك
 * (prepositions, only before three letters or more so «لست» is not «ست»),
 * and the article ال. أحد and اثنين never take the article: «الأحد» is
 * Sunday and «الاثنين» Monday.
 */
export function lookupWord(w: string): WordReading | undefined {
  const direct = entries[w] ?? english[w];
  if (direct) return { ...direct, conj: false, definite: false };
  let rest = w;
  let conj = false;
  if (rest.length > 2 && (rest[0] === 'و' || rest[0] === 'ف')) {
    conj = rest[0] === 'و';
    rest = rest.slice(1);
  }
  if (rest.length > 3 && 'بلك'.includes(rest[0]!)) rest = rest[0] === 'ل' && rest[1] === 'ل' ? 'ا' + rest.slice(1) : rest.slice(1);
  let definite = false;
  let found = entries[rest];
  if (!found && rest.startsWith('ال')) {
    found = entries[rest.slice(2)];
    definite = true;
    if (found && (found.teenOnly || found.value === 2 || found.value === 1)) return undefined;
  }
  return found ? { ...found, conj, definite } : undefined;
}

/**
 * Nouns whose dual is itself a count («قتيلان»، «جنديين»). Only nouns whose
 * plural is broken: «مدنيين» or «مسلحين» are as often sound plurals as
 * duals, so they stay out. Feminine stems end in ت (طفلة → طفلتين).
 */
export const DUAL_STEMS: Record<string, 'killed' | 'wounded' | 'captive' | 'person'> = {
  قتيل: 'killed', جريح: 'wounded', اسير: 'captive', رهينت: 'captive',
  شخص: 'person', جندي: 'person', طفل: 'person', طفلت: 'person', رجل: 'person', امرات: 'person', سيدت: 'person',
  ضابط: 'person', عنصر: 'person', فرد: 'person', شاب: 'person', شرطي: 'person', شقيق: 'person', حارس: 'person', سائح: 'person',
};

/** The stem of a dual casualty noun, clitic و allowed («وجريحان»), else undefined. */
export function dualStem(w: string): string | undefined {
  const bare = w.length > 4 && w[0] === 'و' && !DUAL_STEMS[w.slice(0, -2)] ? w.slice(1) : w;
  if (!/(ان|ين)$/u.test(bare)) return undefined;
  const stem = bare.slice(0, -2);
  return DUAL_STEMS[stem] ? stem : undefined;
}
