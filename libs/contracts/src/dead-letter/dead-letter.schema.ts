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
  /** The stage's output for this record was refused by the broker (e.g. too large). */
  'unpublishable',
  /** The stage could not process a valid record (an extraction failure): kept for a fix and a replay, not retried forever. */
  'processing_failed',
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

/** Most of an original value a dead letter carries. */
export const DEAD_LETTER_ORIGINAL_MAX_BYTES = 1024 * 1024;

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
  /**
   * The record's value as received, base64-encoded (it may not be UTF-8).
   * Values over DEAD_LETTER_ORIGINAL_MAX_BYTES are cut to that length
   * (`truncated`), so the dead letter itself always fits on the broker;
   * `bytes` and `sha256` describe the whole original.
   */
  original: z.object({
    encoding: z.literal('base64'),
    data: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    truncated: z.boolean(),
  }),
  failedAt: z.iso.datetime(),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema>;
