import { z } from 'zod';

/** 0 asks the OS for a free port (tests). */
const port = z.coerce.number().int().min(0).max(65535);

/** Variables every service reads: where the broker and Redis are. */
export const SharedEnvSchema = z.object({
  MARSAD_KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((s) => s.split(',').map((b) => b.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'host:port')).min(1)),
  MARSAD_REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** Prefixes consumer groups, Redis keys and queue names, so two deployments (or test runs) can share a broker. */
  MARSAD_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'lowercase letters, digits and dashes')
    .default('marsad'),
  MARSAD_LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /**
   * Where a consumer group with no committed offsets starts: `earliest` (a
   * new deployment works through what is already on its topics) or `latest`
   * (only what arrives from now on: the demo, which shares its broker with earlier runs).
   */
  MARSAD_CONSUMER_START: z.enum(['earliest', 'latest']).default('earliest'),
});
export type SharedEnv = z.infer<typeof SharedEnvSchema>;

export const httpPort = (fallback: number) => port.default(fallback);
export const httpHost = z.string().default('127.0.0.1');
