import { z } from 'zod';
import { SharedEnvSchema, httpHost, httpPort, loadConfig, type Env } from '#config';

export const IngestEnvSchema = SharedEnvSchema.extend({
  MARSAD_INGEST_PORT: httpPort(3001),
  MARSAD_INGEST_HOST: httpHost,
  /** How long an article's content fingerprint is remembered for duplicate suppression. */
  MARSAD_DEDUP_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Largest HTTP request body (a batch of articles), in MiB. */
  MARSAD_INGEST_MAX_BATCH_MB: z.coerce.number().int().min(2).max(256).default(32),
});

export type IngestConfig = z.infer<typeof IngestEnvSchema>;
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');

export const loadIngestConfig = (env: Env): IngestConfig => loadConfig('ingest', IngestEnvSchema, env);
