import { describe, expect, it } from '@jest/globals';
import { webhookTargetProblem } from './webhook-target.policy.js';

describe('webhookTargetProblem', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://10.1.2.3/hook',
    'http://172.20.0.5/hook',
    'http://192.168.1.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[fd00::1]/hook',
    'http://0.0.0.0/hook',
  ])('refuses %s', async (url) => {
    expect(await webhookTargetProblem(url, false)).toMatch(/private, loopback or link-local/);
  });

  it('accepts a public address', async () => {
    expect(await webhookTargetProblem('https://93.184.216.34/hook', false)).toBeUndefined();
  });

  it('accepts private addresses only when the deployment allows them', async () => {
    expect(await webhookTargetProblem('http://127.0.0.1:3099/hook', true)).toBeUndefined();
  });

  it('refuses credentials in the URL either way', async () => {
    expect(await webhookTargetProblem('https://user:pw@93.184.216.34/hook', true)).toMatch(/credentials/);
  });
});
