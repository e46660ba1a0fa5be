import { readFileSync } from 'node:fs';
import type { PlaceRecord } from './place-record.js';
import { uniq } from './place-record.js';

/**
 * Syria at community level from the OCHA common operational datasets:
 * governorates (admin1), districts (admin2) and 5,251 communities with their
 * admin codes. Communities get a GeoNames id where GeoNames has the same
 * place (same Arabic or English name within 5 km), else their P-code.
 */
interface Feature {
  properties: Record<string, string | number | null>;
  geometry: { coordinates: unknown };
}

const load = (dir: string, file: string): Feature[] =>
  (JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { features: Feature[] }).features;

/** Six features have a truncated last character (bad UTF-8 in the source): their Arabic name is unusable. */
const damaged = (s: string) => s.includes('\uFFFD');

/** English spellings news uses beside OCHA's. */
const EXTRA_EN: Record<string, string[]> = {
  SY07: ['Idlib'], SY09: ['Deir ez-Zor', 'Deir al-Zour', 'Deir Ezzor'], SY11: ['Raqqa'], SY08: ['Hasakah', 'Hasaka'],
  SY13: ['Sweida', 'Suwayda'], SY06: ['Latakia'], SY10: ['Tartus'], SY12: ['Daraa', 'Deraa'], SY03: ['Damascus countryside', 'Rif Dimashq'],
  // Communities whose English news spelling differs from OCHA's and GeoNames'.
  C3207: ['Qalaat al-Madiq', 'Qalat al-Madiq', 'Qalaat al-Mudiq'],
};

export interface GeoNamesTown {
  id: string;
  /** Folded keys to link by. */
  names: Set<string>;
  /** Names to add to a linked community: English spellings, Arabic variants. */
  en: string[];
  ar: string[];
  lat: number;
  lon: number;
  population: number;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const x = (bLon - aLon) * rad * Math.cos(((aLat + bLat) / 2) * rad);
  const y = (bLat - aLat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

export function buildSyria(dir: string, geonames: GeoNamesTown[], fold: (s: string) => string): PlaceRecord[] {
  const out: PlaceRecord[] = [];
  const admin1Id = (code: string) => `place:ocha:${code}`;
  const admin1 = load(dir, 'syr_admin1.geojson');
  // «ريف دمشق» is a governorate of its own: never generate it for Damascus city.
  const officialAr = new Set(admin1.map((f) => String(f.properties['NAME_ARA'])));
  for (const f of admin1) {
    const p = f.properties as Record<string, string>;
    const ar = p['NAME_ARA']!.replace(/^مدينة /u, '');
    const en = p['NAME_EN']!;
    // «مدينة دمشق» is a city governorate and «ريف دمشق» already the countryside: no «ريف …» forms for either.
    const hasCountryside = !/^(?:مدينة|ريف) /u.test(p['NAME_ARA']!);
    const countryside = hasCountryside ? [`ريف ${ar}`, `ريفي ${ar}`].filter((a) => !officialAr.has(a)) : [];
    const enForms = (e: string) => [e, `${e} province`, ...(hasCountryside ? [`${e} countryside`] : [])];
    out.push({
      id: admin1Id(p['PCODE']!),
      type: 'admin1',
      names: { en: `${en} Governorate`, ar: `محافظة ${ar}` },
      // «ريف حماة» (the Hama countryside) is how news names a governorate; the
      // bare name goes to the town, which sits inside it.
      aliases: {
        en: uniq([`${en} Governorate`, `${en} governorate`, ...[en, ...(EXTRA_EN[p['PCODE']!] ?? [])].flatMap(enForms)]),
        ar: uniq([`محافظة ${ar}`, ...countryside, p['NAME_ARA']!, ar]),
      },
      countryCode: 'SY',
      parent: 'place:country:SY',
      lat: null,
      lon: null,
      source: 'OCHA Syria admin boundaries',
    });
  }
  for (const f of load(dir, 'syr_admin2.geojson')) {
    const p = f.properties as Record<string, string>;
    out.push({
      id: `place:ocha:${p['PCODE']}`,
      type: 'admin2',
      names: { en: `${p['NAME_EN']} District`, ar: `منطقة ${p['NAME_ARA']}` },
      aliases: { en: uniq([`${p['NAME_EN']} District`, `${p['NAME_EN']} district`]), ar: uniq([`منطقة ${p['NAME_ARA']}`]) },
      countryCode: 'SY',
      parent: admin1Id(p['ADMIN1_COD']!),
      lat: null,
      lon: null,
      source: 'OCHA Syria admin boundaries',
    });
  }
  const byName = new Map<string, GeoNamesTown[]>();
  for (const g of geonames) for (const n of g.names) byName.set(n, [...(byName.get(n) ?? []), g]);
  for (const f of load(dir, 'syr_admin4_point.geojson')) {
    const p = f.properties;
    const lat = Number(p['LATITUDE']);
    const lon = Number(p['LONGITUDE']);
    const en = String(p['NAME_EN']);
    const arRaw = String(p['NAME_ARA'] ?? '');
    // Merged communities are written «A_B» or «A - B»: each part is a name.
    const ar = damaged(arRaw) ? [] : arRaw.split(/_| - /u).map((s) => s.trim()).filter((s) => s.length >= 3);
    const enParts = en.split(/ - |_/u).map((s) => s.trim()).filter((s) => s.length >= 3);
    const match = [...ar.map(fold), ...enParts.map((e) => e.toLowerCase())]
      .flatMap((n) => byName.get(n) ?? [])
      .find((g) => km(lat, lon, g.lat, g.lon) < 5);
    // 1 governorate seat, 2 district seat, 3 sub-district seat. (One level-0 entry in the source is not the capital.)
    const level = Number(p['CAPIT_LVL']);
    const seat = level >= 1 && level <= 3 ? level : undefined;
    out.push({
      id: match ? `place:geonames:${match.id}` : `place:ocha:${p['PCODE']}`,
      type: 'town',
      names: { en: EXTRA_EN[String(p['PCODE'])]?.[0] ?? enParts[0] ?? en, ar: ar[0] ?? '' },
      aliases: { en: uniq([...enParts, ...(match?.en ?? []), ...(EXTRA_EN[String(p['PCODE'])] ?? [])]), ar: uniq([...ar, ...(match?.ar ?? [])]) },
      countryCode: 'SY',
      parent: `place:ocha:${p['ADMIN2_COD']}`,
      ...(seat === undefined ? {} : { seat }),
      ...(match && match.population > 0 ? { population: match.population } : {}),
      lat,
      lon,
      source: match ? 'OCHA Syria admin boundaries; GeoNames' : 'OCHA Syria admin boundaries',
    });
  }
  return out;
}
