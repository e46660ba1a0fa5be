import { UnrecoverableError } from 'bullmq';
import type { Alert } from '#contracts';
import { signWebhook } from './webhook-signature.js';

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** Statuses worth retrying: the receiver may succeed later. Any other 4xx is the subscriber's to fix. */
const RETRYABLE = new Set([408, 409, 425, 429]);

/**
 * POSTs an alert. Resolves on 2xx; throws a plain Error to be retried (5xx,
 * timeouts, refused connections) or an UnrecoverableError for answers that
 * retrying cannot change (400, 401, 404, 410, …), which parks the job at once.
 */
export async function postAlert(target: WebhookTarget, alert: Alert, timeoutMs: number, now = new Date()): Promise<number> {
  const body = JSON.stringify(alert);
  const response = await fetch(target.url, {
    method: 'POST',
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Marsad-Webhook/1',
      'idempotency-key': alert.alertId,
      'x-marsad-signature': signWebhook(target.secret, body, Math.floor(now.getTime() / 1000)),
    },
  });
  // Read the body so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return response.status;
  const message = `webhook answered ${response.status}`;
  if (response.status >= 500 || RETRYABLE.has(response.status)) throw new Error(message);
  throw new UnrecoverableError(message);
}
