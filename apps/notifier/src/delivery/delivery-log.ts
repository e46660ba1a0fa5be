import { randomUUID } from 'node:crypto';
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
 * - every attempt's receipt, appended to the alert's history and, through
 *   an outbox per alert, published on `alerts.receipts.v1` for systems that
 *   audit deliveries;
 * - a mark per channel once it is done (`delivered`, or `failed` for good
 *   while the job still retries another channel), so a retry does not send
 *   again on the channels that succeeded.
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

  /**
   * Records an attempt: in the alert's history, in its outbox for
   * alerts.receipts.v1 and, when the channel is done with, its mark — one
   * Redis transaction, so a delivered channel is never left unmarked with
   * its receipt written, or the reverse.
   */
  async record(receipt: Omit<Receipt, 'id'>, mark?: ChannelMark): Promise<void> {
    const r = ReceiptSchema.parse({ id: randomUUID(), ...receipt });
    const json = JSON.stringify(r);
    const attempts = this.key('attempts', r.alertId);
    const outbox = this.key('outbox', r.alertId);
    const tx = this.redis
      .multi()
      .rpush(attempts, json)
      .ltrim(attempts, -ATTEMPTS_KEPT, -1)
      .expire(attempts, this.ttlSeconds)
      .rpush(outbox, json)
      .expire(outbox, this.ttlSeconds);
    if (mark !== undefined && r.channel !== undefined) tx.hset(this.key('channels', r.alertId), r.channel, mark).expire(this.key('channels', r.alertId), this.ttlSeconds);
    await tx.exec();
  }

  /**
   * Publishes the alert's recorded receipts not yet on alerts.receipts.v1.
   * Throws if Kafka refuses, so the job retries and publishes them then
   * (channels already done are skipped): receipts arrive at least once, in
   * order per alert; a consumer drops repeats by their `id`.
   */
  async flushReceipts(id: string): Promise<void> {
    const outbox = this.key('outbox', id);
    const pending = await this.redis.lrange(outbox, 0, -1);
    if (pending.length === 0) return;
    await this.publisher.publish(TOPICS.alertReceipts, pending.map((json) => ({ key: id, value: Buffer.from(json, 'utf8') })));
    await this.redis.ltrim(outbox, pending.length, -1);
  }

  async attempts(id: string): Promise<Receipt[]> {
    return (await this.redis.lrange(this.key('attempts', id), 0, -1)).map((j) => ReceiptSchema.parse(JSON.parse(j)));
  }

  async marks(id: string): Promise<Partial<Record<DeliveryChannel, ChannelMark>>> {
    return (await this.redis.hgetall(this.key('channels', id))) as Partial<Record<DeliveryChannel, ChannelMark>>;
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
