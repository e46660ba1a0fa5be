import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Tells the realm browsers show when they prompt for the ops key. */
export const OPS_CHALLENGE = 'Basic realm="Marsad ops", charset="UTF-8"';

/**
 * Checks an `Authorization` header against the ops API keys: `Bearer <key>`
 * for scripts, or HTTP Basic with the key as password (any user name) so a
 * browser can open the dashboard and queue board and send the key with every
 * request those pages make. Compared in constant time.
 */
export class OpsCredentials {
  private readonly keys: Buffer[];

  constructor(keys: readonly string[]) {
    this.keys = keys.map(digest);
  }

  accepts(header: string | undefined): boolean {
    const token = tokenOf(header ?? '');
    if (token === '') return false;
    const given = digest(token);
    return this.keys.some((k) => timingSafeEqual(k, given));
  }
}

function tokenOf(header: string): string {
  // Auth schemes are case-insensitive (RFC 9110): "bearer …" is "Bearer …".
  const scheme = header.slice(0, header.indexOf(' ') + 1).toLowerCase();
  if (scheme === 'bearer ') return header.slice(7).trim();
  if (scheme !== 'basic ') return '';
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? '' : decoded.slice(colon + 1);
}
