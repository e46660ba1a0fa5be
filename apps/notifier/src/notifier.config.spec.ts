import { describe, expect, it } from '@jest/globals';
import { loadNotifierConfig } from './notifier.config.js';

const KEY_A = 'a'.repeat(24);
const KEY_B = 'b'.repeat(24);
const SECRET_KEY = 'f'.repeat(64);
const load = (env: Record<string, string>) => loadNotifierConfig({ MARSAD_SECRET_KEY: SECRET_KEY, ...env });

describe('notifier config', () => {
  it('reads tenants and their keys, a bare key being a tenant of its own', () => {
    const config = load({ MARSAD_API_KEYS: `desk-a=${KEY_A}, ${KEY_B}` });
    expect(config.MARSAD_API_KEYS).toEqual([{ tenant: 'desk-a', key: KEY_A }, { tenant: undefined, key: KEY_B }]);
    expect(config.MARSAD_SECRET_KEY).toHaveLength(32);
  });

  it('refuses short keys, a key under two tenants, reserved tenant names and a secret key of the wrong size', () => {
    expect(() => load({ MARSAD_API_KEYS: 'desk-a=short' })).toThrow(/MARSAD_API_KEYS/);
    expect(() => load({ MARSAD_API_KEYS: `desk-a=${KEY_A},desk-b=${KEY_A}` })).toThrow(/listed twice/);
    expect(() => load({ MARSAD_API_KEYS: `key-0123=${KEY_A}` })).toThrow(/reserved/);
    expect(() => loadNotifierConfig({ MARSAD_API_KEYS: KEY_A, MARSAD_SECRET_KEY: 'abcd' })).toThrow(/MARSAD_SECRET_KEY/);
    expect(() => loadNotifierConfig({ MARSAD_API_KEYS: KEY_A })).toThrow(/MARSAD_SECRET_KEY/);
  });
});
