import { z } from 'zod';
import { STAGES } from '../topics.js';

/**
 * Machine-readable reasons a record was refused. HTTP intake answers with the
 * same codes, so a feed sees one vocabulary whichever way it publishes.
 */
export const REJECTION_CODES = [
  'invalid_utf8',
  'invalid_json',
  'not_an_object',
  'oversize',
  'missing_text',
  'invalid_field',
  'empty_after_cleaning',
  'invalid_message',
] as const;
export const RejectionCodeSchema = z.enum(REJECTION_CODES);
export type RejectionCode = z.infer<typeof RejectionCodeSchema>;

export const RejectionIssueSchema = z.object({ path: z.string(), message: z.string() });

export const RejectionSchema = z.object({
  code: RejectionCodeSchema,
  message: z.string(),
  issues: z.array(RejectionIssueSchema).optional(),
});
export type Rejection = z.infer<typeof RejectionSchema>;

/** A record on `articles.dlq.v1`: enough to understand, fix and replay it. */
export const DeadLetterSchema = z.object({
  stage: z.enum(STAGES),
  reason: RejectionSchema,
  source: z.object({
    topic: z.string(),
    partition: z.number().int(),
    offset: z.string(),
    key: z.string().nullable(),
  }),
  /** The record's value exactly as received, base64-encoded (it may not be UTF-8). */
  original: z.object({ encoding: z.literal('base64'), data: z.string() }),
  failedAt: z.iso.datetime(),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema>;
