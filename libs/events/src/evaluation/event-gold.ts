import { z } from 'zod';
import { PloverTypeSchema } from '#contracts';

const Range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** One hand-annotated event (test/gold/events/README.md describes every field). */
export const GoldEventSchema = z.object({
  type: PloverTypeSchema,
  mode: z.string().optional(),
  cameo: z.string(),
  source: z.string().nullable().optional(),
  coSources: z.array(z.string()).optional(),
  sourceFallback: z.string().optional(),
  target: z.string().nullable().optional(),
  coTargets: z.array(z.string()).optional(),
  targetFallback: z.string().optional(),
  place: z.string().nullable().optional(),
  placesAlso: z.array(z.string()).optional(),
  killed: z.number().int().optional(),
  wounded: z.number().int().optional(),
  arrested: z.number().int().optional(),
  killedOrWounded: z.number().int().optional(),
  atLeast: z.boolean().optional(),
  date: z.string().nullable().optional(),
  evidence: Range.extend({ field: z.enum(['title', 'text']) }),
  alsoIn: z.array(Range).optional(),
  story: z.number().int().nonnegative(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export const GoldArticleSchema = z.object({
  ref: z.object({ corpus: z.enum(['samples', 'saudinewsnet']), file: z.string(), index: z.number().int().optional() }),
  rawId: z.string(),
  textSha256: z.string(),
  textLength: z.number().int(),
  publishedAt: z.string().nullable(),
  stories: z.array(Range).optional(),
  events: z.array(GoldEventSchema),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export const GoldFileSchema = z.object({ version: z.literal(1), articles: z.array(GoldArticleSchema) });
