import { z } from 'zod';
import { AlertSchema, CreateSubscriptionSchema, DigestSchema, PreviewSubscriptionSchema, ReceiptSchema, SubscriptionViewSchema } from '#contracts';
import { ALERT_STATUSES } from '../delivery/alert-history.service.js';

/** A contract as a JSON Schema for the document: generated from the zod schema, so the two cannot drift. */
// OpenAPI 3.1's schema object is JSON Schema 2020-12, zod's default target.
const schema = (s: z.ZodType, io: 'input' | 'output' = 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (s: object) => ({ 'application/json': { schema: s } });
const problem = (description: string) => ({ description, content: json(ref('Problem')) });
const ok = (description: string, s: object) => ({ description, content: json(s) });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const errors = { 401: problem('No or unknown API key'), 404: problem('Not found, or another tenant’s') };

/**
 * The notifier's API as OpenAPI 3.1, served at `GET /v1/openapi.json`.
 * Bodies and answers are the contracts' zod schemas converted at boot; the
 * paths mirror the controllers in subscriptions/ and delivery/.
 */
export function openApiDocument(): object {
  const subscriptionId = idParam('id', 'Subscription id (sub_…)');
  const alertId = idParam('id', 'Alert or digest id, URL-encoded (it contains “:”)');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Marsad notifier',
      version: '1',
      description:
        'Subscriptions and alerts. Every call takes `Authorization: Bearer <API key>`; a key belongs to a tenant (a desk) and sees only its own subscriptions and alerts. Webhooks are signed: `X-Marsad-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, with `Idempotency-Key: <alert id>`.',
    },
    servers: [{ url: '/' }],
    security: [{ apiKey: [] }],
    paths: {
      '/v1/subscriptions': {
        get: { summary: 'List the tenant’s subscriptions', responses: { 200: ok('Subscriptions', { type: 'object', properties: { subscriptions: { type: 'array', items: ref('Subscription') } } }), 401: errors[401] } },
        post: {
          summary: 'Create a subscription',
          requestBody: { required: true, content: json(ref('CreateSubscription')) },
          responses: {
            201: ok('Created (the webhook secret is never returned)', ref('Subscription')), 400: problem('Body is not JSON'), 401: errors[401],
            413: problem('Body over the size limit'), 422: problem('Invalid field, unknown place or actor, refused webhook target'),
          },
        },
      },
      '/v1/subscriptions/preview': {
        post: {
          summary: 'Run a draft over the retained window of recent articles',
          requestBody: { required: true, content: json(ref('PreviewSubscription')) },
          responses: { 200: ok('What it would have sent', ref('Preview')), 401: errors[401], 422: problem('Invalid draft or unknown terms') },
        },
      },
      '/v1/subscriptions/{id}': {
        parameters: [subscriptionId],
        get: { summary: 'One subscription', responses: { 200: ok('The subscription', ref('Subscription')), ...errors } },
        patch: {
          summary: 'Edit with a JSON Merge Patch (RFC 7396) of the creation document',
          requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } },
          responses: { 200: ok('The edited subscription', ref('Subscription')), ...errors, 422: problem('The merged document is invalid (the field and the reason)') },
        },
        delete: { summary: 'Delete', responses: { 204: { description: 'Deleted' }, ...errors } },
      },
      '/v1/subscriptions/{id}/pause': { parameters: [subscriptionId], post: { summary: 'Stop matching (nothing is held back)', responses: { 200: ok('Paused', ref('Subscription')), ...errors } } },
      '/v1/subscriptions/{id}/resume': { parameters: [subscriptionId], post: { summary: 'Match again, from now on', responses: { 200: ok('Active', ref('Subscription')), ...errors } } },
      '/v1/subscriptions/{id}/preview': { parameters: [subscriptionId], post: { summary: 'Run a saved subscription over the window', responses: { 200: ok('What it would have sent', ref('Preview')), ...errors } } },
      '/v1/alerts': {
        get: {
          summary: 'Alert and digest history, newest first, with every attempt',
          parameters: [
            { name: 'subscription', in: 'query', schema: { type: 'string' } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: [...ALERT_STATUSES] } },
            { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'until', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          ],
          responses: { 200: ok('Alerts', { type: 'object', properties: { alerts: { type: 'array', items: ref('AlertRecord') } } }), 401: errors[401], 422: problem('Invalid query') },
        },
      },
      '/v1/alerts/stream': {
        get: {
          summary: 'Live alerts as server-sent events (`event: alert`, `id: <alert id>`); `?access_token=` accepted here only',
          parameters: [{ name: 'subscription', in: 'query', schema: { type: 'string' } }],
          responses: { 200: { description: 'text/event-stream of Alert documents', content: { 'text/event-stream': { schema: ref('Alert') } } }, 401: errors[401] },
        },
      },
      '/v1/alerts/{id}': { parameters: [alertId], get: { summary: 'One alert or digest with its message and attempts', responses: { 200: ok('The record', ref('AlertRecord')), ...errors } } },
      '/v1/alerts/{id}/redeliver': {
        parameters: [alertId],
        post: { summary: 'Send again: a parked one on the channels that failed, a delivered one on all', responses: { 202: ok('Queued', { type: 'object' }), ...errors, 409: problem('Still being delivered') } },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } },
      schemas: {
        CreateSubscription: schema(CreateSubscriptionSchema, 'input'),
        PreviewSubscription: schema(PreviewSubscriptionSchema, 'input'),
        Subscription: schema(SubscriptionViewSchema),
        Alert: schema(AlertSchema),
        Digest: schema(DigestSchema),
        Receipt: schema(ReceiptSchema),
        AlertRecord: {
          type: 'object',
          required: ['id', 'kind', 'subscriptionId', 'status', 'createdAt', 'attempts'],
          properties: {
            id: { type: 'string' },
            kind: { type: 'string', enum: ['alert', 'update', 'digest'] },
            subscriptionId: { type: 'string' },
            articleId: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'string', enum: [...ALERT_STATUSES] },
            createdAt: { type: 'string', format: 'date-time' },
            attempts: { type: 'array', items: ref('Receipt') },
            message: { description: 'GET /v1/alerts/{id} only: the Alert, or the digest’s window', oneOf: [ref('Alert'), { type: 'object' }] },
          },
        },
        Preview: {
          type: 'object',
          properties: {
            window: { type: 'object', properties: { from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time' }, articles: { type: 'integer' } } },
            alerts: { type: 'integer', description: 'Before flow control (which folds, never drops)' },
            articlesMatched: { type: 'integer' },
            perDay: { type: 'array', items: { type: 'object', properties: { date: { type: 'string', format: 'date' }, alerts: { type: 'integer' } } } },
            sample: { type: 'array', items: ref('Alert') },
          },
        },
        Problem: {
          type: 'object',
          required: ['error', 'message'],
          properties: {
            error: { type: 'string', description: 'Machine-readable reason, e.g. invalid_field, unknown_terms, invalid_webhook, payload_too_large, not_found' },
            message: { type: 'string' },
            issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
