import { z } from 'zod';
import { EntityFieldsSchema, EventSchema, SpanSchema, upgradeLegacyEntity } from '../enriched-article/enriched-article.schema.js';

/**
 * `subscription:article:event` — the exactly-once key. It is the BullMQ job id
 * and the webhook's Idempotency-Key, so a replayed article finds the job
 * already there and a receiver can drop a retried delivery it has already seen.
 * `event` is the event id, or `article` when the alert is about the article as a whole.
 */
export const AlertIdSchema = z.string().regex(/^sub_[0-9a-z]+:[A-Za-z0-9._\/-]+:[A-Za-z0-9._-]+$/);

export const alertIdOf = (subscriptionId: string, articleId: string, eventKey = 'article'): string =>
  `${subscriptionId}:${articleId}:${eventKey}`;

/** Why one part of the subscription matched, with the words that prove it. */
export const AlertMatchSchema = z.object({
  via: z.enum(['place', 'actor', 'keyword', 'event']),
  /** The subscription term that matched (its canonical id, or the keyword). */
  term: z.string(),
  /** For an event subscription: the event that fired it (its evidence is the match's evidence). */
  event: EventSchema.omit({ evidence: true, confidence: true }).optional(),
  // Alerts queued before entities took this shape (`type` as category, `names`) still deliver.
  entity: z.preprocess(upgradeLegacyEntity, EntityFieldsSchema.pick({ id: true, type: true, category: true, name: true, nameAr: true })).optional(),
  mention: SpanSchema.extend({ text: z.string() }),
  evidence: SpanSchema.extend({ text: z.string() }),
});
export type AlertMatch = z.infer<typeof AlertMatchSchema>;

/** One thing that differs between the version of an article a subscriber was alerted about and its correction. */
export const AlertChangeSchema = z.object({
  /** `title`; `killed`/`wounded`/`arrested` of an event; `match_added`/`match_removed`: a place, actor, keyword or event the subscription matched. */
  what: z.enum(['title', 'killed', 'wounded', 'arrested', 'match_added', 'match_removed']),
  /** What it concerns: the event by type and place name (`ASSAULT at Hama`) or the matched entity or “keyword”; absent for the title. */
  about: z.string().optional(),
  before: z.union([z.string(), z.number()]).optional(),
  after: z.union([z.string(), z.number()]).optional(),
});
export type AlertChange = z.infer<typeof AlertChangeSchema>;

/** The body POSTed to a subscriber's webhook and pushed to the live stream. */
export const AlertSchema = z.object({
  /** `alert`: something new; `update`: the article of an earlier alert was corrected (see `update`). */
  kind: z.enum(['alert', 'update']).default('alert'),
  alertId: AlertIdSchema,
  /** For an update: the first alert about this article, and what changed since the last version the subscriber saw. */
  update: z.object({ of: AlertIdSchema, changes: z.array(AlertChangeSchema).min(1) }).optional(),
  /** The highest severity (0–100) of the article's events this alert is about; 0 without events. Quiet hours' bypass reads it. */
  severity: z.number().int().min(0).max(100).default(0),
  subscription: z.object({ id: z.string(), name: z.string() }),
  article: z.object({
    id: z.string(),
    url: z.string().optional(),
    title: z.string(),
    language: z.string(),
    publishedAt: z.string().optional(),
    /** When the article reached Marsad (see CleanArticle.receivedAt). */
    receivedAt: z.iso.datetime().optional(),
    source: z.object({ name: z.string().optional(), feed: z.string().optional() }),
  }),
  matches: z.array(AlertMatchSchema).min(1),
  createdAt: z.iso.datetime(),
});
export type Alert = z.infer<typeof AlertSchema>;

/** Why alerts were folded into a digest instead of sent one by one. */
export const DigestReasonSchema = z.enum(['rate_limit', 'digest', 'quiet_hours']);
export type DigestReason = z.infer<typeof DigestReasonSchema>;

/** `subscription:~digest:<window end, ms>`: the digest's job id and Idempotency-Key (a window has one digest). */
export const DigestIdSchema = z.string().regex(/^sub_[0-9a-z]+:~digest:\d+$/);
export const digestIdOf = (subscriptionId: string, windowEnd: number): string => `${subscriptionId}:~digest:${windowEnd}`;

/** One message standing for many alerts: the overflow of a rate limit, a digest window, or quiet hours. */
export const DigestSchema = z.object({
  kind: z.literal('digest'),
  digestId: DigestIdSchema,
  subscription: z.object({ id: z.string(), name: z.string() }),
  reason: DigestReasonSchema,
  window: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
  count: z.number().int().min(1),
  alerts: z.array(AlertSchema).min(1),
  createdAt: z.iso.datetime(),
});
export type Digest = z.infer<typeof DigestSchema>;

/** What a delivery job carries for a digest: the window whose alerts it will collect when it runs. */
export const DigestJobSchema = z.object({
  subscriptionId: z.string(),
  reason: DigestReasonSchema,
  from: z.number().int(),
  to: z.number().int(),
});
export type DigestJob = z.infer<typeof DigestJobSchema>;

/** BullMQ job map of the `alerts` queue: job name → payload. */
export interface AlertJobs {
  deliver: Alert;
  digest: DigestJob;
}
export type AlertJobName = keyof AlertJobs;

export const DELIVERY_CHANNELS = ['webhook', 'email', 'stream'] as const;
export const DeliveryChannelSchema = z.enum(DELIVERY_CHANNELS);
export type DeliveryChannel = z.infer<typeof DeliveryChannelSchema>;

/**
 * One delivery attempt's outcome, on `alerts.receipts.v1` (keyed by alert id)
 * and in the alert's history. `digested`: folded into the digest named in
 * `digestId`; `retrying`: failed, another attempt is scheduled; `failed`: parked.
 */
export const ReceiptSchema = z.object({
  /** Unique per attempt: consumers drop a receipt they have seen by it (receipts arrive at least once). */
  id: z.uuid(),
  alertId: z.string(),
  kind: z.enum(['alert', 'update', 'digest']),
  subscriptionId: z.string(),
  articleId: z.string().optional(),
  channel: DeliveryChannelSchema.optional(),
  outcome: z.enum(['delivered', 'retrying', 'failed', 'digested']),
  attempt: z.number().int().min(1),
  /** The receiver's answer: HTTP status or SMTP reply code. */
  status: z.number().int().optional(),
  error: z.string().optional(),
  digestId: z.string().optional(),
  durationMs: z.number().min(0).optional(),
  at: z.iso.datetime(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;
