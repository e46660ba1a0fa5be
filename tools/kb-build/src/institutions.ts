/**
 * The state institutions news names most, written out per country from its
 * adjective: «الحكومة السورية» "Syrian government", «وزارة الدفاع التركية»
 * "Turkish Defence Ministry", «وزارة الخارجية الإيرانية», «الجيش العراقي».
 * Ids: actor:org:<cc>-government, -mod, -mofa, -army (the hand-written
 * Russian, Syrian and US ones keep theirs and take these names in).
 */
import { nisbaOf } from './arabic-names.js';
import type { ActorSeed } from './actors.js';

export interface CountryInfo {
  cca2: string;
  en: string;
  ar: string;
  demonym: string;
}

/** Countries whose institutions a Middle East desk meets every day. */
export const INSTITUTION_COUNTRIES = [
  'SY', 'IQ', 'IR', 'TR', 'IL', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'JO', 'LB', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD',
  'RU', 'US', 'GB', 'FR', 'DE', 'CN', 'UA', 'AF', 'PK', 'KG', 'KZ', 'TJ', 'UZ', 'TM', 'AZ', 'AM', 'GE', 'IT', 'ES', 'BY',
];

/** English adjectives where the registry's demonym is not the one used for institutions. */
const ENGLISH_ADJECTIVE: Record<string, string> = { US: 'US', GB: 'British', AE: 'Emirati', KG: 'Kyrgyz', SA: 'Saudi', KP: 'North Korean' };
/** Armies with their own names. */
const ARMY_NAMES: Record<string, { en: string[]; ar: string[] }> = {
  // Arab news names the Israeli army "the occupation forces" far more often than by its own name. Bare «قوات
  // الاحتلال» is left out: Damascus says it of American and Turkish troops too.
  IL: { en: ['Israel Defense Forces', 'IDF', 'Israeli army'], ar: ['جيش الدفاع الإسرائيلي', 'قوات الاحتلال الإسرائيلي', 'جيش الاحتلال', 'جيش الاحتلال الإسرائيلي', 'جنود الاحتلال الإسرائيلي'] },
  US: { en: ['US Army', 'US military', 'US armed forces'], ar: [] },
  IR: { en: ['Iranian army', 'Artesh'], ar: [] },
  TR: { en: ['Turkish Armed Forces', 'Turkish army'], ar: [] },
  KG: { en: ['Armed Forces of Kyrgyzstan', 'Kyrgyz Armed Forces'], ar: ['القوات المسلحة القرغيزية', 'القوات المسلحة القيرغيزية'] },
};

export function institutions(info: ReadonlyMap<string, CountryInfo>): ActorSeed[] {
  const out: ActorSeed[] = [];
  for (const cc of INSTITUTION_COUNTRIES) {
    const c = info.get(cc);
    if (!c) continue;
    const adjEn = ENGLISH_ADJECTIVE[cc] ?? c.demonym;
    const adjAr = nisbaOf(cc, c.ar).filter((a) => !a.includes(' '));
    if (adjAr.length === 0 || adjEn === '') continue;
    const masc = adjAr.map((a) => `ال${a}`);
    const fem = adjAr.map((a) => `ال${a}ة`);
    const id = (what: string) => `actor:org:${cc.toLowerCase()}-${what}`;
    out.push({
      id: id('government'),
      type: 'government',
      en: `${adjEn} government`,
      ar: `الحكومة ${fem[0]}`,
      aliasesEn: [`Government of ${c.en}`, `${c.en}'s government`],
      aliasesAr: fem.map((f) => `الحكومة ${f}`),
      country: cc,
    });
    out.push({
      id: id('mod'),
      type: 'ministry',
      en: `${adjEn} Ministry of Defence`,
      ar: `وزارة الدفاع ${fem[0]}`,
      aliasesEn: [`${adjEn} Ministry of Defense`, `${adjEn} Defence Ministry`, `${adjEn} Defense Ministry`],
      aliasesAr: fem.flatMap((f) => [`وزارة الدفاع ${f}`, `الدفاع ${f}`]),
      country: cc,
      parent: id('government'),
    });
    out.push({
      id: id('mofa'),
      type: 'ministry',
      en: `${adjEn} Ministry of Foreign Affairs`,
      ar: `وزارة الخارجية ${fem[0]}`,
      aliasesEn: [`${adjEn} Foreign Ministry`],
      aliasesAr: fem.flatMap((f) => [`وزارة الخارجية ${f}`, `الخارجية ${f}`]),
      country: cc,
      parent: id('government'),
    });
    const army = ARMY_NAMES[cc];
    out.push({
      id: id('army'),
      type: 'military',
      en: army?.en[0] ?? `${adjEn} army`,
      ar: army?.ar[0] ?? `الجيش ${masc[0]}`,
      aliasesEn: [...(army?.en ?? []), `${adjEn} army`, `${adjEn} armed forces`, `${adjEn} military`],
      // «القوات اللبنانية» is a Lebanese party, not the army.
      aliasesAr: [...(army?.ar ?? []), ...masc.map((m) => `الجيش ${m}`), ...fem.flatMap((f) => [`القوات المسلحة ${f}`, ...(cc === 'LB' ? [] : [`القوات ${f}`])])],
      country: cc,
      parent: id('mod'),
    });
  }
  return out;
}
