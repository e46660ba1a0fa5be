import type { Redis } from 'ioredis';
import { ReceiptSchema, TOPICS, type DeliveryChannel, type Receipt } from '#contracts';
import { KafkaPublisher } from '#kafka';
import { redisKey } from '#redis';

/** Attempts kept per alert: enough to read a receiver's outage, bounded if it never recovers. */
const ATTEMPTS_KEPT = 50;

export type ChannelMark = 'delivered' | 'failed';

/**
 * What happened to each alert, kept for its retention period:
 * - an index per subscription (alert and digest ids by creation time), which
 *   `GET /v1/alerts` pages through;
 * - every attempt's receipt, appended to the alert's history and published
 *   on `alerts.receipts.v1` for systems that audit deliveries;
 * - a mark per channel once it is done, so a retry after one channel failed
 *   does not send again on the channels that succeeded.
 */
export class DeliveryLog {
  constructor(
    private readonly redis: Redis,
    private readonly publisher: KafkaPublisher,
    private readonly namespace: string,
    private readonly ttlSeconds: number,
  ) {}

  async index(subscriptionId: string, id: string, at: number): Promise<void> {
    const key = this.key('by-subscription', subscriptionId);
    await this.redis
      .multi()
      .zadd(key, 'NX', at, id)
      .zremrangebyscore(key, '-inf', at - this.ttlSeconds * 1000)
      .expire(key, this.ttlSeconds)
      .exec();
  }

  /** Ids of a subscription's alerts and digests, newest first, created in [since, until). */
  async ids(subscriptionId: string, since: number, until: number, limit: number): Promise<{ id: string; at: number }[]> {
    const flat = await this.redis.zrevrangebyscore(this.key('by-subscription', subscriptionId), `(${until}`, since, 'WITHSCORES', 'LIMIT', 0, limit);
    const out: { id: string; at: number }[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ id: flat[i]!, at: Number(flat[i + 1]) });
    return out;
  }

  /** Records a receipt in the alert's history, then publishes it; throws if Kafka refuses, so the job retries. */
  async receipt(receipt: Receipt): Promise<void> {
    const r = ReceiptSchema.parse(receipt);
    const key = this.key('attempts', r.alertId);
    await this.redis.multi().rpush(key, JSON.stringify(r)).ltrim(key, -ATTEMPTS_KEPT, -1).expire(key, this.ttlSeconds).exec();
    await this.publisher.publish(TOPICS.alertReceipts, [{ key: r.alertId, value: r }]);
  }

  async attempts(id: string): Promise<Receipt[]> {
    return (await this.redis.lrange(this.key('attempts', id), 0, -1)).map((j) => ReceiptSchema.parse(JSON.parse(j)));
  }

  async marks(id: string): Promise<Partial<Record<DeliveryChannel, ChannelMark>>> {
    return (await this.redis.hgetall(this.key('channels', id))) as Partial<Record<DeliveryChannel, ChannelMark>>;
  }

  async mark(id: string, channel: DeliveryChannel, mark: ChannelMark): Promise<void> {
    await this.redis.multi().hset(this.key('channels', id), channel, mark).expire(this.key('channels', id), this.ttlSeconds).exec();
  }

  /** Forgets the channel marks: a redelivery sends on every channel (`all`) or on those that failed. */
  async clearMarks(id: string, which: 'all' | 'failed'): Promise<void> {
    if (which === 'all') {
      await this.redis.del(this.key('channels', id));
      return;
    }
    const failed = Object.entries(await this.marks(id)).filter(([, m]) => m === 'failed').map(([c]) => c);
    if (failed.length > 0) await this.redis.hdel(this.key('channels', id), ...failed);
  }

  private key(...parts: string[]): string {
    return redisKey(this.namespace, 'alerts', ...parts);
  }
}
