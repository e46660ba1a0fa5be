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
  // Alerts queued before entities took this shape (`type` as category, `names`) still deliver.
  /** For an event subscription: the event that fired it (its evidence is the match's evidence). */
  event: EventSchema.omit({ evidence: true, confidence: true }).optional(),
  entity: z.preprocess(upgradeLegacyEntity, EntityFieldsSchema.pick({ id: true, type: true, category: true, name: true, nameAr: true })).optional(),
  mention: SpanSchema.extend({ text: z.string() }),
  evidence: SpanSchema.extend({ text: z.string() }),
});
export type AlertMatch = z.infer<typeof AlertMatchSchema>;

/** The body POSTed to a subscriber's webhook and pushed to the live stream. */
export const AlertSchema = z.object({
  alertId: AlertIdSchema,
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

/** BullMQ job map of the `alerts` queue: job name → payload. */
export interface AlertJobs {
  deliver: Alert;
}
export type AlertJobName = keyof AlertJobs;
