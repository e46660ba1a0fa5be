import { z } from 'zod';
import { CleanArticleSchema } from '../clean-article/clean-article.schema.js';
import { PloverTypeSchema } from './plover.js';

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
  text: z.string(),
  /**
   * `adjective`: a place named by its adjective («القوات الروسية», "Syrian troops");
   * `short`: a person by the surname after the full name («شويغو»);
   * `description`: a state body by what it is and whose («الجيش اللبناني»).
   */
  form: z.enum(['name', 'adjective', 'short', 'description']),
  sentence: SpanSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOCATION'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Id prefix of names found in the text that the knowledge base does not know (yet). */
export const UNLINKED_PREFIX = 'unlinked:';

export const EntityFieldsSchema = z.object({
  /**
   * Canonical id from the knowledge base (`place:geonames:170017`,
   * `actor:person:sergei-shoigu`), or `unlinked:<type>:<folded name>` for a
   * name found by the tagger or a title pattern that links to nothing.
   */
  id: z.string(),
  type: EntityTypeSchema,
  /** The knowledge base's finer type (country, town, site, person, ministry, armed-group …), or `unlinked`. */
  category: z.string(),
  /** English name; for an unlinked name, the name as written. */
  name: z.string(),
  nameAr: z.string(),
  mentions: z.array(MentionSchema).min(1),
  /** The country the entity belongs to or lies in, as a place id (`place:country:SY`). */
  country: z.string().optional(),
  /**
   * Places: the enclosing places, nearest first (town → district → governorate
   * → country → regions). Actors: what they are affiliated to, nearest first
   * (minister → ministry → country). Unlinked names: the body their title
   * names and its affiliations («وزيرة الخارجية الأمريكية …» → State Department → US), or none.
   */
  ancestors: z.array(z.string()),
  lat: z.number().optional(),
  lon: z.number().optional(),
  /** A role the text or the knowledge base gives the entity («وزير الدفاع», "Foreign Minister"). */
  role: z.string().optional(),
  /** 0–1: how often entities found this way are right (see docs/QUALITY.md for how it was measured). */
  confidence: z.number().min(0).max(1),
});

/**
 * Records enriched before entities took this shape (enricher < 0.2:
 * `kind`, `type` as the category, `names`, mentions with `surface` and maybe
 * no `form`) are read as today's, so replaying the topic or a rolling
 * deploy does not dead-letter them. They carried no confidence: they were all
 * knowledge-base names, whose measured precision is about 0.8.
 */
export function upgradeLegacyEntity(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('names' in value) || 'name' in value) return value;
  const old = value as { id?: unknown; type?: unknown; names?: { en?: unknown; ar?: unknown }; ancestors?: unknown; mentions?: unknown };
  const id = typeof old.id === 'string' ? old.id : '';
  return {
    ...value,
    type: id.startsWith('place:') ? 'LOCATION' : old.type === 'person' ? 'PERSON' : 'ORG',
    category: typeof old.type === 'string' ? old.type : 'unknown',
    name: old.names?.en,
    nameAr: old.names?.ar,
    confidence: 0.8,
    mentions: Array.isArray(old.mentions)
      ? old.mentions.map((m: Record<string, unknown>) => ('surface' in m && !('text' in m) ? { ...m, text: m['surface'], form: m['form'] ?? 'name' } : m))
      : old.mentions,
  };
}

export const EntitySchema = z.preprocess(upgradeLegacyEntity, EntityFieldsSchema);
export type Entity = z.infer<typeof EntitySchema>;

/** An event found in the article: who did what to whom, where, when and how many, with the sentence that says so. */
export const EventSchema = z.object({
  type: PloverTypeSchema,
  /** PLOVER mode where the manual defines one (ASSAULT: aerial, firearms, explosives …). */
  mode: z.string().optional(),
  /** CAMEO root code (two digits), for GDELT users. */
  cameo: z.string().regex(/^\d{2}$/),
  /** Entity ids (actors, or states acting as a whole as `place:country:…`). */
  source: z.string().optional(),
  target: z.string().optional(),
  /** The most specific place the event happened at (an entity id). */
  place: z.string().optional(),
  killed: z.number().int().nonnegative().optional(),
  wounded: z.number().int().nonnegative().optional(),
  arrested: z.number().int().nonnegative().optional(),
  /** The figures are lower bounds («أكثر من عشرين» → at least 20). */
  atLeast: z.boolean().optional(),
  /** Day the event happened (yyyy-mm-dd), resolved against the publication date («أمس»). */
  date: z.iso.date().optional(),
  /** 0–100: how much a desk would want to know (see libs/events severity). */
  severity: z.number().int().min(0).max(100),
  evidence: SpanSchema.extend({ text: z.string() }),
  /** Index of the story on the page the event belongs to (a page may carry several). */
  story: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
});
export type ArticleEvent = z.infer<typeof EventSchema>;

export const EnrichedArticleSchema = z.object({
  article: CleanArticleSchema,
  entities: z.array(EntitySchema),
  // Defaulted: records enriched before events existed still parse.
  events: z.array(EventSchema).default([]),
  enrichedAt: z.iso.datetime(),
  enricher: z.object({ version: z.string(), knowledgeBase: z.string() }),
});
export type EnrichedArticle = z.infer<typeof EnrichedArticleSchema>;

/** Knowledge-base places and actors, told apart by their canonical id's prefix. */
export const isLinkedPlace = (e: Pick<Entity, 'id'>): boolean => e.id.startsWith('place:');
export const isLinkedActor = (e: Pick<Entity, 'id'>): boolean => e.id.startsWith('actor:');
