import { z } from 'zod';

export const PlaceSchema = z.object({
  id: z.string(),
  type: z.enum(['country', 'capital']),
  names: z.object({ en: z.string(), ar: z.string() }),
  aliases: z.object({ en: z.array(z.string()), ar: z.array(z.string()) }),
  countryCode: z.string().length(2),
  parent: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  source: z.string(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const PlacesFileSchema = z.object({
  version: z.string(),
  attribution: z.array(z.string()),
  places: z.array(PlaceSchema),
});
