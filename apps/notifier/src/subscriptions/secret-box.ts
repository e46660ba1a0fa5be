import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'sealed:v1:';

/** A key's id in sealed values: enough to pick the key, nothing about it worth knowing. */
const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

/**
 * Seals webhook secrets at rest with AES-256-GCM under MARSAD_SECRET_KEY.
 * Hashing is not an option: the notifier needs the secret itself to sign
 * each delivery. A Redis dump or a replica's memory then holds only sealed
 * values; the key lives in the notifier's environment. GCM's tag makes a
 * tampered value fail to open rather than yield a wrong secret. The
 * subscription id is bound as associated data, so a sealed secret copied
 * onto another subscription does not open either.
 *
 * Rotation: a sealed value names its key (`sealed:v1:<key id>:…`). Values
 * sealed under a previous key (MARSAD_SECRET_KEYS_PREVIOUS) still open, and
 * `isCurrent` tells which to seal again under the current one.
 */
export class SecretBox {
  private readonly current: { id: string; key: Buffer };
  private readonly keys: Map<string, Buffer>;

  constructor(key: Buffer, previous: readonly Buffer[] = []) {
    for (const k of [key, ...previous]) if (k.length !== 32) throw new Error('SecretBox needs 32-byte keys');
    this.current = { id: keyId(key), key };
    this.keys = new Map([key, ...previous].map((k) => [keyId(k), k]));
  }

  static isSealed(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  /** Sealed under the current key: nothing to re-seal. */
  isCurrent(sealed: string): boolean {
    return sealed.startsWith(`${PREFIX}${this.current.id}:`);
  }

  seal(secret: string, subscriptionId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${PREFIX}${this.current.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The secret, or throws if the value was not sealed by a known key for this subscription. */
  open(sealed: string, subscriptionId: string): string {
    if (!sealed.startsWith(PREFIX)) throw new Error('not a sealed secret');
    const rest = sealed.slice(PREFIX.length);
    const named = /^([0-9a-f]{8}):(.*)$/.exec(rest);
    if (!named) {
      // Sealed before values named their key: whichever known key's tag verifies is the one.
      for (const key of this.keys.values()) {
        try {
          return openWith(key, rest, subscriptionId);
        } catch {
          // not this key
        }
      }
      throw new Error('sealed under an unknown key');
    }
    const key = this.keys.get(named[1]!);
    if (!key) throw new Error(`sealed under an unknown key (${named[1]})`);
    return openWith(key, named[2]!, subscriptionId);
  }
}

/** AES-256-GCM open of `iv | tag | ciphertext` (base64url); throws if the tag does not verify. */
function openWith(key: Buffer, data: string, subscriptionId: string): string {
  const raw = Buffer.from(data, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
