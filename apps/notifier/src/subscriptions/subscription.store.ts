import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { SubscriptionSchema, type Subscription } from '#contracts';
import { redisKey } from '#redis';

/** A stored subscription that no longer parses: hand-written, or from an incompatible version. */
export class UnreadableSubscriptionError extends Error {
  constructor(id: string, cause: unknown) {
    super(`subscription ${id} cannot be read: ${(cause as Error).message}`, { cause });
    this.name = 'UnreadableSubscriptionError';
  }
}

export interface StoredSubscription extends Subscription {
  /** The desk whose keys created it; only that tenant's keys may see, change or preview against it. */
  tenant: string;
}

/**
 * Subscriptions in Redis: one hash of id → JSON, and a version counter bumped
 * on every change so each notifier replica knows when to rebuild its
 * in-memory index without listing all subscriptions per article.
 */
export class SubscriptionStore {
  private readonly logger = new Logger(SubscriptionStore.name);
  private readonly hash: string;
  private readonly versionKey: string;

  constructor(
    private readonly redis: Redis,
    namespace: string,
  ) {
    this.hash = redisKey(namespace, 'subscriptions');
    this.versionKey = redisKey(namespace, 'subscriptions', 'version');
  }

  newId(): string {
    return `sub_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  }

  async save(subscription: StoredSubscription): Promise<void> {
    await this.redis.multi().hset(this.hash, subscription.id, JSON.stringify(subscription)).incr(this.versionKey).exec();
  }

  async get(id: string): Promise<StoredSubscription | undefined> {
    const json = await this.redis.hget(this.hash, id);
    if (json === null) return undefined;
    try {
      return this.decode(json);
    } catch (error) {
      throw new UnreadableSubscriptionError(id, error);
    }
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.redis.multi().hdel(this.hash, id).incr(this.versionKey).exec();
    return result?.[0]?.[1] === 1;
  }

  /**
   * Every subscription. An entry that no longer parses (written by hand, or
   * by an incompatible version) is skipped and reported, so one bad entry
   * cannot stop matching for every other subscriber.
   */
  async all(): Promise<StoredSubscription[]> {
    const entries = await this.redis.hgetall(this.hash);
    const out: StoredSubscription[] = [];
    for (const [id, json] of Object.entries(entries)) {
      try {
        out.push(this.decode(json));
      } catch (error) {
        this.logger.error({ message: 'skipping unreadable subscription', subscriptionId: id, error: (error as Error).message });
      }
    }
    return out;
  }

  async version(): Promise<string> {
    return (await this.redis.get(this.versionKey)) ?? '0';
  }

  private decode(json: string): StoredSubscription {
    const value = JSON.parse(json) as { tenant?: unknown; owner?: unknown };
    // Saved before tenants: `owner` was the hash of a bare key, whose tenant is now `key-<hash>`.
    const tenant = typeof value.tenant === 'string' ? value.tenant : typeof value.owner === 'string' ? `key-${value.owner}` : '';
    if (tenant === '') throw new Error('subscription without a tenant');
    return { ...SubscriptionSchema.parse(value), tenant };
  }
}
