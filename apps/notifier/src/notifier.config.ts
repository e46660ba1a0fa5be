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

/**
 * `tenant=key,…` (or a bare key, which is then a tenant of its own). A tenant
 * is a desk: its keys share its subscriptions and alerts, and see no one
 * else's. Several keys per tenant allow rotation without downtime.
 */
const tenantKeys = z
  .string({ message: 'set at least one API key' })
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^(?:[a-z0-9][a-z0-9_-]{0,62}=)?\S{24,}$/, 'each entry is tenant=key (tenant: a-z, 0-9, _ or -) with a key of at least 24 characters')
          // `key-…` names the tenant of a bare key (tenantOfBareKey): a named tenant may not take it.
          .refine((entry) => !/^key-[^=]*=/.test(entry), 'tenant names starting with "key-" are reserved')
          .transform((entry) => {
            const m = /^([a-z0-9][a-z0-9_-]{0,62})=(\S{24,})$/.exec(entry);
            return m ? { tenant: m[1]!, key: m[2]! } : { tenant: undefined, key: entry };
          }),
      )
      .min(1, 'set at least one API key')
      .refine((keys) => new Set(keys.map((k) => k.key)).size === keys.length, 'a key is listed twice: one key belongs to one tenant'),
  );

/** 32 bytes, as 64 hex digits or base64: a key that seals webhook secrets at rest (AES-256-GCM). */
const keyBytes = (s: string, ctx: z.RefinementCtx): Buffer => {
  const key = /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
  if (key.length !== 32) {
    ctx.addIssue({ code: 'custom', message: 'must be 32 bytes: 64 hex digits or 44 base64 characters (openssl rand -hex 32)' });
    return z.NEVER;
  }
  return key;
};
const secretKey = z
  .string({ message: 'set MARSAD_SECRET_KEY: 32 random bytes as 64 hex digits (openssl rand -hex 32)' })
  .transform(keyBytes);

export const NotifierEnvSchema = SharedEnvSchema.extend({
  MARSAD_NOTIFIER_PORT: httpPort(3003),
  MARSAD_NOTIFIER_HOST: httpHost,
  /** Subscribers' keys, accepted as `Authorization: Bearer <key>`: `tenant=key,…`, keys at least 24 characters. */
  MARSAD_API_KEYS: tenantKeys,
  MARSAD_SECRET_KEY: secretKey,
  /** Keys used before the current one, comma-separated: values sealed under them still open, and are sealed again under the current key at boot. */
  MARSAD_SECRET_KEYS_PREVIOUS: z
    .string()
    .transform((s, ctx) => s.split(',').map((k) => k.trim()).filter(Boolean).map((k) => keyBytes(k, ctx)))
    .prefault(''),
  /** Largest request body the API accepts; larger ones get 413. */
  MARSAD_MAX_REQUEST_BYTES: z.coerce.number().int().min(1_024).max(10_485_760).default(65_536),
  /**
   * How long delivered alerts, their history and dedup keys are kept. Replays
   * of articles older than this could alert again, so keep it longer than
   * the retention of articles.enriched.v1 (README: Retention).
   */
  MARSAD_ALERT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Enriched articles kept for `POST /v1/subscriptions/preview`: at most this many, and none older than MARSAD_PREVIEW_WINDOW_DAYS. */
  MARSAD_PREVIEW_WINDOW_ARTICLES: z.coerce.number().int().min(0).max(200_000).default(5_000),
  MARSAD_PREVIEW_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Outgoing mail server for the e-mail channel, e.g. smtp://127.0.0.1:2525 or smtps://user:pass@mail.example.org. Unset: e-mail subscriptions are refused. */
  MARSAD_SMTP_URL: z.url({ protocol: /^smtps?$/, message: 'an smtp:// or smtps:// URL' }).optional(),
  MARSAD_SMTP_FROM: z.string().min(3).default('Marsad <alerts@marsad.invalid>'),
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
