import type { Redis } from 'ioredis';
import { redisKey } from '#redis';

export type Claim =
  /** First sighting of this content, or a replay of an article whose output never got out: publish it. */
  | { kind: 'publish' }
  /** This exact content was already published, under this id or another: drop it. */
  | { kind: 'duplicate'; firstArticleId: string };

/**
 * Exact-duplicate suppression on the content fingerprint, safe under
 * at-least-once delivery. A fingerprint is claimed as `pending:<id>` before
 * the clean record is produced and set to `done:<id>` after the broker acks
 * it; a replay that finds its own `pending` claim (the process died between
 * the two) publishes again rather than losing the article.
 */
export class DuplicateFilter {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly ttlSeconds: number,
  ) {}

  async claim(contentHash: string, articleId: string): Promise<Claim> {
    const key = this.key(contentHash);
    const set = await this.redis.set(key, `pending:${articleId}`, 'EX', this.ttlSeconds, 'NX');
    if (set === 'OK') return { kind: 'publish' };
    const existing = (await this.redis.get(key)) ?? '';
    const [state, firstArticleId = ''] = splitOnce(existing);
    if (state === 'pending' && firstArticleId === articleId) return { kind: 'publish' };
    return { kind: 'duplicate', firstArticleId };
  }

  async markPublished(contentHash: string, articleId: string): Promise<void> {
    await this.redis.set(this.key(contentHash), `done:${articleId}`, 'EX', this.ttlSeconds);
  }

  private key(contentHash: string): string {
    return redisKey(this.namespace, 'ingest', 'content', contentHash);
  }
}

function splitOnce(value: string): [string, string] {
  const i = value.indexOf(':');
  return i < 0 ? [value, ''] : [value.slice(0, i), value.slice(i + 1)];
}
