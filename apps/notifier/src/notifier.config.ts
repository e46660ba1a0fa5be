import { z } from 'zod';
import { SharedEnvSchema, httpHost, httpPort, loadConfig, type Env } from '#config';

const apiKeys = (what: string) =>
  z
    .string()
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(24, `each ${what} needs at least 24 characters`)));

/** `name=http://host:port,…`: services whose /metrics the dashboard reads besides the notifier's own. */
const metricsSources = z
  .string()
  .transform((s) => s.split(',').map((e) => e.trim()).filter(Boolean))
  .pipe(
    z.array(
      z
        .string()
        .regex(/^[a-z][a-z0-9-]*=https?:\/\/\S+$/, 'name=http://host:port')
        .transform((e) => {
          const i = e.indexOf('=');
          return { service: e.slice(0, i), url: e.slice(i + 1).replace(/\/+$/, '') };
        }),
    ),
  );

export const NotifierEnvSchema = SharedEnvSchema.extend({
  MARSAD_NOTIFIER_PORT: httpPort(3003),
  MARSAD_NOTIFIER_HOST: httpHost,
  /** Comma-separated API keys accepted as `Authorization: Bearer <key>`; each at least 24 characters. */
  MARSAD_API_KEYS: z
    .string({ message: 'set at least one API key' })
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(24, 'each API key needs at least 24 characters')).min(1, 'set at least one API key')),
  MARSAD_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Delivery attempts before an alert is parked as failed. */
  MARSAD_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  /** First retry delay; each further retry doubles it, with jitter. */
  MARSAD_DELIVERY_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(2_000),
  MARSAD_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(16),
  /**
   * Keys for the operators' pages (`/dashboard`, `/ops/queues`), as HTTP Basic
   * password or Bearer token. Separate from subscribers' keys: an operator
   * sees every subscription's alerts and can retry any delivery. Unset, those
   * pages refuse everyone.
   */
  MARSAD_OPS_API_KEYS: apiKeys('ops API key').prefault(''),
  MARSAD_DASHBOARD_SOURCES: metricsSources.prefault('ingest=http://127.0.0.1:3001,enricher=http://127.0.0.1:3002'),
  /** How often the dashboard samples the services' metrics while someone watches it. */
  MARSAD_DASHBOARD_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  MARSAD_KB_PLACES_FILE: z.string().min(1).optional(),
  MARSAD_KB_ACTORS_FILE: z.string().min(1).optional(),
  /** Let webhooks target loopback and private addresses: development and tests only. */
  MARSAD_ALLOW_PRIVATE_WEBHOOKS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type NotifierConfig = z.infer<typeof NotifierEnvSchema>;
export const NOTIFIER_CONFIG = Symbol('NOTIFIER_CONFIG');

export const loadNotifierConfig = (env: Env): NotifierConfig => loadConfig('notifier', NotifierEnvSchema, env);
