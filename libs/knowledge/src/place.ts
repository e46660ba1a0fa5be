import { z } from 'zod';

export const PLACE_TYPES = ['region', 'country', 'capital', 'admin1', 'admin2', 'town', 'site'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const PlaceSchema = z.object({
  id: z.string(),
  type: z.enum(PLACE_TYPES),
  names: z.object({ en: z.string(), ar: z.string() }),
  aliases: z.object({ en: z.array(z.string()), ar: z.array(z.string()) }),
  /** Adjective forms that refer to the place («الروسية», "Syrian"). */
  adjectives: z.object({ en: z.array(z.string()), ar: z.array(z.string()) }).optional(),
  /** ISO 3166-1 alpha-2 of the country the place is in; null for regions. */
  countryCode: z.string().length(2).nullable(),
  /** The enclosing place one level up (town → district → governorate → country). */
  parent: z.string().nullable(),
  /** Regions a country belongs to; everything inside the country inherits them. */
  regions: z.array(z.string()).optional(),
  /** Administrative seat level of a town: 1 governorate, 2 district, 3 sub-district. */
  seat: z.number().int().min(1).max(3).optional(),
  /** GeoNames population, where known: between towns of one name in different countries, the far bigger wins. */
  population: z.number().int().nonnegative().optional(),
  /** Arabic aliases that are also common words: they match only after a place word. */
  cueAr: z.array(z.string()).optional(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  source: z.string(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const PlacesFileSchema = z.object({
  version: z.string(),
  attribution: z.array(z.string()),
  places: z.array(PlaceSchema),
});
