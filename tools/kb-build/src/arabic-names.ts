/** Helpers for Arabic names in the build: which strings are Arabic names, and their adjective (nisba) forms. */

const ARABIC_ONLY = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671\s'-]+$/u;
/** Letters of Persian, Urdu and other Arabic-script languages, not of Arabic. */
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u06D2\u0679\u0688\u0691\u06BA\u06BE\u06C1]/u;

/**
 * GeoNames alternate names in Arabic script include Uyghur and Persian
 * spellings and some mangled entries; keep only what reads as Arabic: no
 * letters foreign to Arabic, alef maqsura only word-finally, no Uyghur
 * «ئا» opening, every word at least two letters.
 */
export const isArabicName = (s: string): boolean =>
  ARABIC_ONLY.test(s) &&
  !NON_ARABIC_LETTERS.test(s) &&
  !/\u0649(?=[\u0621-\u064A])/u.test(s) &&
  !/(^|\s)\u0626\u0627/u.test(s) &&
  s.split(/\s+/).every((w) => w.length >= 2) &&
  s.replace(/[\s'-]/g, '').length >= 3;

/** Irregular or multi-word country adjectives, masculine singular without the article. */
const NISBA_OVERRIDES: Record<string, string[]> = {
  US: ['أمريكي', 'أميركي'],
  GB: ['بريطاني'],
  AE: ['إماراتي'],
  PS: ['فلسطيني'],
  KP: ['كوري شمالي'],
  KR: ['كوري جنوبي'],
  SA: ['سعودي'],
  KG: ['قرغيزي', 'قيرغيزي'],
  IL: ['إسرائيلي'],
  DE: ['ألماني'],
  CN: ['صيني'],
  IN: ['هندي'],
  NL: ['هولندي'],
  CH: ['سويسري'],
  ZA: [],
  CF: [],
  CD: [],
  CG: [],
  DO: [],
};

/**
 * The adjective of a one-word Arabic country name: سوريا → سوري, روسيا →
 * روسي, فرنسا → فرنسي, العراق → عراقي, السعودية → سعودي. Multi-word and
 * irregular names come from NISBA_OVERRIDES.
 */
export function nisbaOf(countryCode: string, arabicName: string): string[] {
  const override = NISBA_OVERRIDES[countryCode];
  if (override) return override;
  const name = arabicName.replace(/^ال/u, '');
  if (/\s/u.test(name) || name.length < 3) return [];
  if (name.endsWith('يا')) return [name.slice(0, -1)];
  if (name.endsWith('ا')) return [`${name.slice(0, -1)}ي`];
  if (name.endsWith('ة')) return [`${name.slice(0, -1)}ي`];
  return [`${name}ي`];
}

/**
 * Surface forms of an adjective, as news uses it: with and without the
 * article, feminine, plurals: سوري السوري سورية السورية سوريون السوريين …
 * For two-word adjectives (كوري شمالي) each word takes the same ending.
 */
export function nisbaForms(adjective: string): string[] {
  const words = adjective.split(' ');
  const endings = ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين'];
  const out: string[] = [];
  for (const article of ['', 'ال']) {
    for (const ending of endings) out.push(words.map((w) => `${article}${w}${ending}`).join(' '));
  }
  return out;
}
