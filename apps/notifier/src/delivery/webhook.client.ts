import { UnrecoverableError } from 'bullmq';
import { signWebhook } from './webhook-signature.js';

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** Statuses worth retrying: the receiver may succeed later. Any other 4xx is the subscriber's to fix. */
const RETRYABLE = new Set([408, 409, 425, 429]);

/** A failed delivery with the receiver's answer, when there was one, for the alert's history. */
export const withStatus = <E extends Error>(error: E, status: number): E & { status: number } => Object.assign(error, { status });

/**
 * POSTs a signed JSON body. Resolves with the status on 2xx; throws a plain
 * Error to be retried (5xx, 408/429…, timeouts, refused connections) or an
 * UnrecoverableError for answers that retrying cannot change (400, 401, 404,
 * 410…), which parks the job at once. Redirects are errors: following one
 * could lead past the private-address check.
 */
export async function postWebhook(target: WebhookTarget, payload: object, idempotencyKey: string, timeoutMs: number, now = new Date()): Promise<number> {
  const body = JSON.stringify(payload);
  const response = await fetch(target.url, {
    method: 'POST',
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Marsad-Webhook/1',
      'idempotency-key': idempotencyKey,
      'x-marsad-signature': signWebhook(target.secret, body, Math.floor(now.getTime() / 1000)),
    },
  });
  // Read the body so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return response.status;
  const message = `webhook answered ${response.status}`;
  if (response.status >= 500 || RETRYABLE.has(response.status)) throw withStatus(new Error(message), response.status);
  throw withStatus(new UnrecoverableError(message), response.status);
}
