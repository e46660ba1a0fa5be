import { z } from 'zod';
import { NamesSchema } from '../enriched-article/enriched-article.schema.js';

/** PLOVER event types (Open Event Data Alliance), the vocabulary of `match.eventTypes`. */
export const PLOVER_EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const PloverEventTypeSchema = z.enum(PLOVER_EVENT_TYPES);

const terms = (max: number) => z.array(z.string().trim().min(1).max(200)).max(max).optional();

/** Body of `POST /v1/subscriptions`. */
export const CreateSubscriptionSchema = z.object({
  name: z.string().trim().min(1).max(200),
  match: z
    .object({
      /** Place names in English or Arabic, or canonical ids; a place also matches everything inside it. */
      places: terms(100),
      /** Actor names in English or Arabic, or canonical ids. */
      actors: terms(100),
      eventTypes: z.array(PloverEventTypeSchema).max(PLOVER_EVENT_TYPES.length).optional(),
      /** Words or phrases, matched on normalised Arabic/English word boundaries. */
      keywords: terms(100),
      /** Only articles in these languages (ISO 639-1), e.g. ["ar"]. */
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(20).optional(),
    })
    .refine((m) => [m.places, m.actors, m.eventTypes, m.keywords].some((t) => t !== undefined && t.length > 0), {
      message: 'match needs at least one of places, actors, eventTypes or keywords',
    }),
  delivery: z.object({
    webhook: z.object({
      url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }),
      /** Shared secret for X-Marsad-Signature; at least 16 characters. */
      secret: z.string().min(16).max(256),
    }),
  }),
});
export type CreateSubscription = z.infer<typeof CreateSubscriptionSchema>;

/** A subscription term resolved to a knowledge-base entity. */
export const ResolvedTermSchema = z.object({
  query: z.string(),
  id: z.string(),
  type: z.string(),
  names: NamesSchema,
});
export type ResolvedTerm = z.infer<typeof ResolvedTermSchema>;

/** A subscription as stored in Redis and returned by the API (secret withheld there). */
export const SubscriptionSchema = z.object({
  id: z.string().regex(/^sub_[0-9a-z]+$/),
  name: z.string(),
  match: z.object({
    places: z.array(ResolvedTermSchema),
    actors: z.array(ResolvedTermSchema),
    eventTypes: z.array(PloverEventTypeSchema),
    keywords: z.array(z.string()),
    languages: z.array(z.string()),
  }),
  delivery: z.object({ webhook: z.object({ url: z.string(), secret: z.string() }) }),
  createdAt: z.iso.datetime(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
