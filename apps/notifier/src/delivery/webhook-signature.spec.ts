import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

describe('webhook signature', () => {
  const body = '{"alertId":"sub_1:a-1:article"}';

  it('is HMAC-SHA256 over "<t>.<body>", as documented for receivers', () => {
    const expected = createHmac('sha256', 'secret-secret-secret').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('secret-secret-secret', body, 1700000000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies only the same secret, body and a fresh timestamp', () => {
    const header = signWebhook('secret-secret-secret', body, 1700000000);
    expect(verifyWebhook('secret-secret-secret', body, header, 1700000100)).toBe(true);
    expect(verifyWebhook('another-secret-value', body, header, 1700000100)).toBe(false);
    expect(verifyWebhook('secret-secret-secret', `${body} `, header, 1700000100)).toBe(false);
    expect(verifyWebhook('secret-secret-secret', body, header, 1700000000 + 3600)).toBe(false);
    expect(verifyWebhook('secret-secret-secret', body, 't=x,v1=zz', 1700000000)).toBe(false);
  });
});
