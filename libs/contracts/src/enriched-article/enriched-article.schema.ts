import { z } from 'zod';
import { CleanArticleSchema } from '../clean-article/clean-article.schema.js';

export const TextFieldSchema = z.enum(['title', 'text']);
export type TextField = z.infer<typeof TextFieldSchema>;

/** A half-open range [start, end) in the article's `title` or `text`. */
export const SpanSchema = z.object({
  field: TextFieldSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const NamesSchema = z.object({ en: z.string(), ar: z.string() });
export type Names = z.infer<typeof NamesSchema>;

/** One occurrence of an entity, with the sentence around it as evidence. */
export const MentionSchema = SpanSchema.extend({
  /** The text as written in the article, clitics included (e.g. «بسوريا»). */
  surface: z.string(),
  /** `adjective`: a place named by its adjective («القوات الروسية», "Syrian troops"); `short`: a person by the surname after the full name («شويغو»). */
  // Defaulted: records enriched before this field existed still parse.
  form: z.enum(['name', 'adjective', 'short']).default('name'),
  sentence: SpanSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntityKindSchema = z.enum(['place', 'actor']);

export const EntitySchema = z.object({
  /** Canonical id from the knowledge base, e.g. `place:country:SY`. */
  id: z.string(),
  kind: EntityKindSchema,
  /** Finer type: country, capital, … */
  type: z.string(),
  names: NamesSchema,
  /** Canonical ids of the enclosing places, nearest first (city → country → region). */
  ancestors: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

export const EnrichedArticleSchema = z.object({
  article: CleanArticleSchema,
  entities: z.array(EntitySchema),
  enrichedAt: z.iso.datetime(),
  enricher: z.object({ version: z.string(), knowledgeBase: z.string() }),
});
export type EnrichedArticle = z.infer<typeof EnrichedArticleSchema>;
