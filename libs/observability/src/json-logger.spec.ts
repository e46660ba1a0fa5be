import { describe, expect, it } from '@jest/globals';
import { redactSecrets } from './json-logger.js';

describe('redactSecrets', () => {
  it('hides secret-looking fields at any depth and keeps ids', () => {
    expect(
      redactSecrets({
        message: 'subscription created',
        subscriptionId: 'sub_1',
        alertId: 'sub_1:a:article',
        delivery: { webhook: { url: 'https://x.example/hook', secret: 'hunter2-hunter2' } },
        headers: { authorization: 'Bearer abc', 'x-api-key': 'k' },
        apiKeys: ['k1'],
      }),
    ).toEqual({
      message: 'subscription created',
      subscriptionId: 'sub_1',
      alertId: 'sub_1:a:article',
      delivery: { webhook: { url: 'https://x.example/hook', secret: '[redacted]' } },
      headers: { authorization: '[redacted]', 'x-api-key': '[redacted]' },
      apiKeys: '[redacted]',
    });
  });

  it('leaves strings and numbers alone', () => {
    expect(redactSecrets('plain message')).toBe('plain message');
    expect(redactSecrets(3)).toBe(3);
  });
});
