import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'sealed:v1:';

/**
 * Seals webhook secrets at rest with AES-256-GCM under MARSAD_SECRET_KEY.
 * Hashing is not an option: the notifier needs the secret itself to sign
 * each delivery. A Redis dump or a replica's memory then holds only sealed
 * values; the key lives in the notifier's environment. GCM's tag makes a
 * tampered value fail to open rather than yield a wrong secret. The
 * subscription id is bound as associated data, so a sealed secret copied
 * onto another subscription does not open either.
 */
export class SecretBox {
  static isSealed(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key');
  }

  seal(secret: string, subscriptionId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The secret, or throws if the value was not sealed by this key for this subscription. */
  open(sealed: string, subscriptionId: string): string {
    if (!sealed.startsWith(PREFIX)) throw new Error('not a sealed secret');
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
