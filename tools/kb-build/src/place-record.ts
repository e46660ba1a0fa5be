/** A place as written to libs/knowledge/data/places.json (validated on load by libs/knowledge). */
export interface PlaceRecord {
  id: string;
  type: 'region' | 'country' | 'capital' | 'admin1' | 'admin2' | 'town' | 'site';
  names: { en: string; ar: string };
  aliases: { en: string[]; ar: string[] };
  /** Adjective forms that refer to the place («الروسية», "Syrian"): matched, but marked as such. */
  adjectives?: { en: string[]; ar: string[] };
  countryCode: string | null;
  parent: string | null;
  /** Regions a country belongs to; its descendants inherit them. */
  regions?: string[];
  /** Seat level of a town: 1 governorate seat, 2 district seat, 3 sub-district seat. */
  seat?: number;
  /** GeoNames population, where known: decides between towns of one name in different countries. */
  population?: number;
  /** Arabic aliases that are also common words: matched only after a place word («قرية الحرية»). */
  cueAr?: string[];
  lat: number | null;
  lon: number | null;
  source: string;
}

export const uniq = (xs: Iterable<string>): string[] => [...new Set([...xs].map((x) => x.trim()).filter(Boolean))].sort();
