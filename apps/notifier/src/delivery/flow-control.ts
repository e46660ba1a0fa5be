import type { Redis } from 'ioredis';
import { AlertSchema, type Alert, type DigestReason, type Subscription } from '#contracts';
import { redisKey } from '#redis';
import { digestPeriodEnd, quietHoursEnd, quietHoursStart } from './quiet-hours.js';

/** Where an alert goes: out now, or into the digest of a window. */
export type Route = { send: true } | { send: false; reason: DigestReason; from: number; to: number };

/**
 * Decides an alert's route and, for a digest, files it there, in one atomic
 * step. The decision is stored under the alert id and returned as is to every
 * later call: a retried or replayed job neither counts against the rate limit
 * twice nor lands in two digests. Windows ending at or before the latest
 * collected one (`taken`) get no more alerts — a late one goes out at once
 * rather than wait for a digest that has been sent; nothing is dropped either way.
 *
 * KEYS: route, rate, items (zset id → window end), bodies (hash id → alert), taken
 * ARGV: alertId, now, mode (now|rate|window), max, perMs, from, to, reason, alert JSON, ttl s
 */
const ROUTE = `
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
local decision = 'now'
local from, to, reason
if ARGV[3] == 'window' then
  from = tonumber(ARGV[6]); to = tonumber(ARGV[7]); reason = ARGV[8]
elseif ARGV[3] == 'rate' then
  local now = tonumber(ARGV[2]); local per = tonumber(ARGV[5])
  local start = tonumber(redis.call('HGET', KEYS[2], 'start') or '-1')
  if start < 0 or now >= start + per then
    start = now
    redis.call('HSET', KEYS[2], 'start', start, 'count', 0)
    redis.call('PEXPIRE', KEYS[2], per)
  end
  if redis.call('HINCRBY', KEYS[2], 'count', 1) > tonumber(ARGV[4]) then
    from = start; to = start + per; reason = 'rate_limit'
  end
end
if to and to > tonumber(redis.call('GET', KEYS[5]) or '0') then
  redis.call('ZADD', KEYS[3], to, ARGV[1])
  redis.call('HSET', KEYS[4], ARGV[1], ARGV[9])
  redis.call('EXPIRE', KEYS[3], ARGV[10]); redis.call('EXPIRE', KEYS[4], ARGV[10])
  decision = 'digest|' .. reason .. '|' .. from .. '|' .. to
end
redis.call('SET', KEYS[1], decision, 'EX', ARGV[10])
return decision
`;

/**
 * Collects a digest: every alert filed for a window ending at or before `to`,
 * removed from the pending set in the same step. The collected list is kept
 * under the digest's id, so a retried digest job sends the same alerts again
 * instead of an empty list.
 *
 * KEYS: items, bodies, taken, content    ARGV: to, ttl s
 */
const TAKE = `
local content = redis.call('GET', KEYS[4])
if content then return content end
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local bodies = {}
for i = 1, #ids, 500 do
  local chunk = {}
  for j = i, math.min(i + 499, #ids) do chunk[#chunk + 1] = ids[j] end
  local got = redis.call('HMGET', KEYS[2], unpack(chunk))
  for _, body in ipairs(got) do if body then bodies[#bodies + 1] = body end end
  redis.call('HDEL', KEYS[2], unpack(chunk))
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if tonumber(ARGV[1]) > tonumber(redis.call('GET', KEYS[3]) or '0') then redis.call('SET', KEYS[3], ARGV[1], 'EX', ARGV[2]) end
content = '[' .. table.concat(bodies, ',') .. ']'
redis.call('SET', KEYS[4], content, 'EX', ARGV[2])
return content
`;

/**
 * Flow control per subscription (Subscription.flow): quiet hours, digest
 * mode, rate limit — in that order, the first that applies wins. An alert at
 * or above quiet hours' `bypassSeverity` skips quiet hours only.
 */
export class FlowControl {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly ttlSeconds: number,
  ) {
    // EVALSHA: the scripts' text crosses the wire once per connection, not with every alert.
    redis.defineCommand('marsadFlowRoute', { numberOfKeys: 5, lua: ROUTE });
    redis.defineCommand('marsadFlowTake', { numberOfKeys: 4, lua: TAKE });
  }

  async route(alert: Alert, subscription: Subscription, now = new Date()): Promise<Route> {
    const { quietHours, digest, rateLimit } = subscription.flow;
    const quietEnd = quietHours && !(quietHours.bypassSeverity !== undefined && alert.severity >= quietHours.bypassSeverity) ? quietHoursEnd(now, quietHours) : undefined;
    let args: [mode: string, max: number, perMs: number, from: number, to: number, reason: DigestReason | ''];
    if (quietEnd) args = ['window', 0, 0, quietHoursStart(quietEnd, quietHours!).getTime(), quietEnd.getTime(), 'quiet_hours'];
    else if (digest) {
      const end = digestPeriodEnd(now, digest.everyMinutes).getTime();
      args = ['window', 0, 0, end - digest.everyMinutes * 60_000, end, 'digest'];
    } else if (rateLimit) args = ['rate', rateLimit.max, rateLimit.perSeconds * 1000, 0, 0, ''];
    // No flow control at all (the common case): nothing was ever decided, no round trip.
    else if (!quietHours) return { send: true };
    // Flow control that does not apply now: a decision stored earlier (a digested alert's job
    // run again after quiet hours ended) still stands, or the alert would go out twice.
    else args = ['now', 0, 0, 0, 0, ''];
    const s = subscription.id;
    const decision = (await (this.redis as unknown as FlowCommands).marsadFlowRoute(
      this.key('route', alert.alertId),
      this.key('rate', s),
      this.key('items', s),
      this.key('bodies', s),
      this.key('taken', s),
      alert.alertId,
      now.getTime(),
      ...args,
      JSON.stringify(alert),
      this.ttlSeconds,
    )) as string;
    return parseRoute(decision);
  }

  /**
   * Overrides the stored decision: a redelivered alert goes out now, even if
   * it was digested — and leaves the digest it waits in, if not yet sent, so
   * it is not sent twice.
   */
  async sendNow(alertId: string, subscriptionId: string): Promise<void> {
    await this.redis
      .multi()
      .set(this.key('route', alertId), 'now', 'EX', this.ttlSeconds)
      .zrem(this.key('items', subscriptionId), alertId)
      .hdel(this.key('bodies', subscriptionId), alertId)
      .exec();
  }

  /** The alerts of a digest (see TAKE); the same list on every call for the same digest. */
  async take(subscriptionId: string, digestId: string, to: number): Promise<Alert[]> {
    const content = (await (this.redis as unknown as FlowCommands).marsadFlowTake(
      this.key('items', subscriptionId),
      this.key('bodies', subscriptionId),
      this.key('taken', subscriptionId),
      this.key('digest', digestId),
      to,
      this.ttlSeconds,
    )) as string;
    return (JSON.parse(content) as unknown[]).map((a) => AlertSchema.parse(a));
  }

  private key(...parts: string[]): string {
    return redisKey(this.namespace, 'flow', ...parts);
  }
}

/** The scripts as ioredis commands (defineCommand adds them at run time). */
interface FlowCommands {
  marsadFlowRoute(...keysAndArgs: (string | number)[]): Promise<string>;
  marsadFlowTake(...keysAndArgs: (string | number)[]): Promise<string>;
}

function parseRoute(decision: string): Route {
  if (decision === 'now') return { send: true };
  const [, reason, from, to] = decision.split('|');
  return { send: false, reason: reason as DigestReason, from: Number(from), to: Number(to) };
}
