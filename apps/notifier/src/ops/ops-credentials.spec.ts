import { describe, expect, it } from '@jest/globals';
import { OpsCredentials } from './ops-credentials.js';

const KEY = 'ops-key-0123456789abcdef-0123';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('OpsCredentials', () => {
  const credentials = new OpsCredentials([KEY]);

  it('accepts the key as Bearer token or as Basic password under any user name', () => {
    expect(credentials.accepts(`Bearer ${KEY}`)).toBe(true);
    expect(credentials.accepts(basic('ops', KEY))).toBe(true);
    expect(credentials.accepts(basic('', KEY))).toBe(true);
    // Schemes are case-insensitive.
    expect(credentials.accepts(`bearer ${KEY}`)).toBe(true);
    expect(credentials.accepts(basic('ops', KEY).replace('Basic', 'BASIC'))).toBe(true);
  });

  it('refuses other keys, the key as user name, and missing or malformed headers', () => {
    expect(credentials.accepts(`Bearer ${KEY}x`)).toBe(false);
    expect(credentials.accepts(basic(KEY, 'nope'))).toBe(false);
    expect(credentials.accepts(`Basic ${Buffer.from(KEY).toString('base64')}`)).toBe(false);
    expect(credentials.accepts(undefined)).toBe(false);
    expect(credentials.accepts('')).toBe(false);
  });

  it('refuses everyone when no ops key is configured', () => {
    expect(new OpsCredentials([]).accepts(basic('ops', ''))).toBe(false);
  });
});
