import { describe, expect, it } from '@jest/globals';
import { openApiDocument } from './openapi.js';

describe('openApiDocument', () => {
  const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };

  it('describes every route of the subscriptions and alerts API', () => {
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/alerts', '/v1/alerts/stream', '/v1/alerts/{id}', '/v1/alerts/{id}/redeliver',
      '/v1/subscriptions', '/v1/subscriptions/preview', '/v1/subscriptions/{id}', '/v1/subscriptions/{id}/pause',
      '/v1/subscriptions/{id}/preview', '/v1/subscriptions/{id}/resume',
    ]);
  });

  it('takes its bodies from the contracts', () => {
    expect(Object.keys(doc.components.schemas['CreateSubscription']!.properties!)).toEqual(['name', 'match', 'delivery', 'flow', 'status']);
    expect(doc.components.schemas['Alert']!.properties).toHaveProperty('update');
    // The answer's webhook never requires the secret (it is withheld); the request's does.
    const webhookOf = (name: string) => (doc.components.schemas[name]!.properties!['delivery'] as { properties: { webhook: { required?: string[] } } }).properties.webhook;
    expect(webhookOf('CreateSubscription').required).toContain('secret');
    expect(Object.keys((webhookOf('Subscription') as { properties: object }).properties)).toEqual(['url', 'format']);
  });
});
