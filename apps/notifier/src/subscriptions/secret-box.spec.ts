import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and the sealed form does not contain the secret', () => {
    const sealed = box.seal('hook-secret-0123456789', 'sub_a');
    expect(sealed).toMatch(/^sealed:v1:/);
    expect(sealed).not.toContain('hook-secret');
    expect(box.open(sealed, 'sub_a')).toBe('hook-secret-0123456789');
    // A fresh IV each time: equal secrets do not give equal sealed values.
    expect(box.seal('hook-secret-0123456789', 'sub_a')).not.toBe(sealed);
  });

  it('refuses another subscription, another key, a tampered value and plain text', () => {
    const sealed = box.seal('hook-secret-0123456789', 'sub_a');
    expect(() => box.open(sealed, 'sub_b')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'sub_a')).toThrow();
    // One character changed inside the ciphertext (the last one may only carry padding bits).
    const at = sealed.length - 6;
    const tampered = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    expect(() => box.open(tampered, 'sub_a')).toThrow();
    expect(() => box.open('hook-secret-0123456789', 'sub_a')).toThrow('not a sealed secret');
  });

  it('opens values sealed under a previous key after rotation, and tells them apart for re-sealing', () => {
    const oldKey = randomBytes(32);
    const before = new SecretBox(oldKey).seal('hook-secret-0123456789', 'sub_a');
    const rotated = new SecretBox(randomBytes(32), [oldKey]);
    expect(rotated.open(before, 'sub_a')).toBe('hook-secret-0123456789');
    expect(rotated.isCurrent(before)).toBe(false);
    expect(rotated.isCurrent(rotated.seal('x'.repeat(16), 'sub_a'))).toBe(true);
    expect(() => new SecretBox(randomBytes(32)).open(before, 'sub_a')).toThrow(/unknown key/);
  });

  it('opens values sealed before they named their key', () => {
    const key = randomBytes(32);
    const named = new SecretBox(key).seal('hook-secret-0123456789', 'sub_a');
    const unnamed = named.replace(/^sealed:v1:[0-9a-f]{8}:/, 'sealed:v1:');
    expect(new SecretBox(randomBytes(32), [key]).open(unnamed, 'sub_a')).toBe('hook-secret-0123456789');
    expect(() => new SecretBox(randomBytes(32)).open(unnamed, 'sub_a')).toThrow(/unknown key/);
  });
});
