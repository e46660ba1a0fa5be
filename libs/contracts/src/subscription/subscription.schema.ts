import { z } from 'zod';
import { NamesSchema } from '../enriched-article/enriched-article.schema.js';
import { PLOVER_TYPES, PloverTypeSchema } from '../enriched-article/plover.js';

/**
 * With event terms, the role the subscription's actors must play in the
 * event: its source ("Russia as the source of an ASSAULT"), its target, or either.
 */
export const ActorRoleSchema = z.enum(['source', 'target', 'either']);

/**
 * How specific a place mention must be to count, from coarse to fine. A desk
 * watching Syria's provinces sets `province` so an article that only says
 * "Syria" (a country-centroid mention) does not fire.
 */
export const PLACE_PRECISIONS = ['region', 'country', 'province', 'district', 'town'] as const;
export const PlacePrecisionSchema = z.enum(PLACE_PRECISIONS);
export type PlacePrecision = z.infer<typeof PlacePrecisionSchema>;

/** Knowledge-base place types (libs/knowledge) on the precision scale above. */
export const PLACE_TYPE_PRECISION: Readonly<Record<string, PlacePrecision>> = {
  region: 'region',
  country: 'country',
  admin1: 'province',
  admin2: 'district',
  capital: 'town',
  town: 'town',
  site: 'town',
};

export const SubscriptionStatusSchema = z.enum(['active', 'paused']);

const terms = (max: number) => z.array(z.string().trim().min(1).max(200)).max(max).optional();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time, HH:MM');
const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'an IANA time zone, e.g. Asia/Beirut' },
);

/** What a subscription listens for; the request form, with names as the desk types them. */
export const MatchRequestSchema = z
  .object({
    /** Place names in English or Arabic, or canonical ids; a place also matches everything inside it. */
    places: terms(100),
    /** Ignore place mentions coarser than this (default: any). */
    minPlacePrecision: PlacePrecisionSchema.optional(),
    /** Actor names in English or Arabic, or canonical ids. */
    actors: terms(100),
    /** An actor also matches those affiliated to it (Russia → its ministry → its minister); false: only itself. */
    actorAffiliates: z.boolean().optional(),
    /** PLOVER event types: the subscription fires per event of these types (places and actors then apply to the event). */
    eventTypes: z.array(PloverTypeSchema).max(PLOVER_TYPES.length).optional(),
    /** With eventTypes: the role the actors must play (default either). */
    actorRole: ActorRoleSchema.optional(),
    /** Only events at least this severe (0–100, see libs/events severity); alone it means any event type. */
    minSeverity: z.number().int().min(0).max(100).optional(),
    /** Ignore entities found with less confidence than this (0–1; the measured precision of how they were found). */
    minConfidence: z.number().min(0).max(1).optional(),
    /** Words or phrases, matched on normalised Arabic/English word boundaries. */
    keywords: terms(100),
    /** Only articles in these languages (ISO 639-1), e.g. ["ar"]. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(20).optional(),
  })
  .refine((m) => [m.places, m.actors, m.eventTypes, m.keywords].some((t) => t !== undefined && t.length > 0) || m.minSeverity !== undefined, {
    message: 'match needs at least one of places, actors, eventTypes, keywords or minSeverity',
  });

/** Where alerts go besides the live stream, which every subscription has. */
export const DeliveryRequestSchema = z
  .object({
    webhook: z
      .object({
        url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }),
        /** Shared secret for X-Marsad-Signature; at least 16 characters. Stored encrypted, never shown again. */
        secret: z.string().min(16).max(256),
        /** `json`: the Alert document; `slack`: a Slack/Mattermost incoming-webhook message (`text` + blocks). */
        format: z.enum(['json', 'slack']).optional(),
      })
      .optional(),
    email: z.object({ to: z.array(z.email({ message: 'must be an e-mail address' })).min(1).max(20) }).optional(),
  })
  .refine((d) => d.webhook !== undefined || d.email !== undefined, { message: 'delivery needs a webhook or an email' });

/**
 * Flow control. Nothing is ever dropped: alerts over the rate limit, inside
 * quiet hours or in digest mode are folded into one digest message per window.
 */
export const FlowSchema = z.object({
  /** At most `max` alerts per `perSeconds`, counted from the first alert of a window; the rest go to that window's digest. */
  rateLimit: z.object({ max: z.number().int().min(1).max(10_000), perSeconds: z.number().int().min(10).max(86_400) }).optional(),
  /** Digest mode: every alert waits for the next digest, sent every `everyMinutes`. */
  digest: z.object({ everyMinutes: z.number().int().min(1).max(1_440) }).optional(),
  /** No messages between `from` and `to` in `timeZone`; one digest when they end. */
  quietHours: z
    .object({
      from: clock,
      to: clock,
      timeZone,
      /** Alerts at least this severe (events' severity, 0–100) are sent at once even in quiet hours. */
      bypassSeverity: z.number().int().min(0).max(100).optional(),
    })
    .refine((q) => q.from !== q.to, { message: 'from and to must differ' })
    .optional(),
});
export type Flow = z.infer<typeof FlowSchema>;

/** A request's flow control (stored ones are read as they were saved, so this rule is not in FlowSchema). */
const FlowRequestSchema = FlowSchema.refine((f) => !(f.rateLimit && f.digest), {
  message: 'rateLimit and digest exclude each other: in digest mode every alert already waits for the digest',
});

/** Body of `POST /v1/subscriptions`, and the document `PATCH` merges into. */
export const CreateSubscriptionSchema = z.object({
  name: z.string().trim().min(1).max(200),
  match: MatchRequestSchema,
  delivery: DeliveryRequestSchema,
  flow: FlowRequestSchema.optional(),
  status: SubscriptionStatusSchema.optional(),
});
export type CreateSubscription = z.infer<typeof CreateSubscriptionSchema>;

/** Body of `POST /v1/subscriptions/preview`: a draft, which needs no delivery yet. */
export const PreviewSubscriptionSchema = CreateSubscriptionSchema.extend({ delivery: DeliveryRequestSchema.optional() });
export type PreviewSubscription = z.infer<typeof PreviewSubscriptionSchema>;

/** A subscription term resolved to a knowledge-base entity. */
export const ResolvedTermSchema = z.object({
  query: z.string(),
  id: z.string(),
  type: z.string(),
  names: NamesSchema,
});
export type ResolvedTerm = z.infer<typeof ResolvedTermSchema>;

/** A subscription as the matcher and the API see it (terms resolved). */
export const SubscriptionSchema = z.object({
  id: z.string().regex(/^sub_[0-9a-z]+$/),
  name: z.string(),
  status: SubscriptionStatusSchema.default('active'),
  match: z.object({
    places: z.array(ResolvedTermSchema),
    minPlacePrecision: PlacePrecisionSchema.optional(),
    actors: z.array(ResolvedTermSchema),
    actorAffiliates: z.boolean().default(true),
    eventTypes: z.array(PloverTypeSchema),
    // Defaulted: subscriptions stored before event filters existed still load.
    actorRole: ActorRoleSchema.default('either'),
    minSeverity: z.number().int().min(0).max(100).optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    keywords: z.array(z.string()),
    languages: z.array(z.string()),
  }),
  delivery: z.object({
    /** `secret` is sealed (see the notifier's SecretBox) in storage and absent from API answers. */
    webhook: z.object({ url: z.string(), secret: z.string().optional(), format: z.enum(['json', 'slack']).default('json') }).optional(),
    email: z.object({ to: z.array(z.string()) }).optional(),
  }),
  flow: FlowSchema.default({}),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().optional(),
  /**
   * When it last started listening (created, or resumed). Articles that
   * reached Marsad before then do not fire it, so replaying the topic does
   * not alert a new or resumed subscription about old news.
   */
  activeSince: z.iso.datetime().optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** A subscription as the API answers it: no tenant, no secret. */
export const SubscriptionViewSchema = SubscriptionSchema.extend({
  delivery: z.object({
    webhook: z.object({ url: z.string(), format: z.enum(['json', 'slack']) }).optional(),
    email: z.object({ to: z.array(z.string()) }).optional(),
  }),
});
