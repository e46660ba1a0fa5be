import { z } from 'zod';
import { NamesSchema } from '../enriched-article/enriched-article.schema.js';
import { PLOVER_TYPES, PloverTypeSchema } from '../enriched-article/plover.js';

/**
 * With event terms, the role the subscription's actors must play in the
 * event: its source ("Russia as the source of an ASSAULT"), its target, or either.
 */
export const ActorRoleSchema = z.enum(['source', 'target', 'either']);

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
      /** PLOVER event types: the subscription fires per event of these types (places and actors then apply to the event). */
      eventTypes: z.array(PloverTypeSchema).max(PLOVER_TYPES.length).optional(),
      /** With eventTypes: the role the actors must play (default either). */
      actorRole: ActorRoleSchema.optional(),
      /** Only events at least this severe (0–100, see libs/events severity); alone it means any event type. */
      minSeverity: z.number().int().min(0).max(100).optional(),
      /** Words or phrases, matched on normalised Arabic/English word boundaries. */
      keywords: terms(100),
      /** Only articles in these languages (ISO 639-1), e.g. ["ar"]. */
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(20).optional(),
    })
    .refine((m) => [m.places, m.actors, m.eventTypes, m.keywords].some((t) => t !== undefined && t.length > 0) || m.minSeverity !== undefined, {
      message: 'match needs at least one of places, actors, eventTypes, keywords or minSeverity',
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
    eventTypes: z.array(PloverTypeSchema),
    // Defaulted: subscriptions stored before event filters existed still load.
    actorRole: ActorRoleSchema.default('either'),
    minSeverity: z.number().int().min(0).max(100).optional(),
    keywords: z.array(z.string()),
    languages: z.array(z.string()),
  }),
  delivery: z.object({ webhook: z.object({ url: z.string(), secret: z.string() }) }),
  createdAt: z.iso.datetime(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
