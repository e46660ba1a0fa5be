import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * Connections by role (BullMQ's production guidance):
 * - `command`: request/response use from HTTP handlers and stream processors;
 *   fails fast so a Redis outage surfaces as an error the caller can act on
 *   (Kafka: leave the offset uncommitted; HTTP: 503).
 * - `worker`: blocking BullMQ workers; retries forever (`maxRetriesPerRequest: null`).
 */
export type RedisRole = 'command' | 'worker';

export function createRedis(url: string, role: RedisRole, name: string): Redis {
  const logger = new Logger(`redis:${name}`);
  const redis = new Redis(url, {
    connectionName: name,
    lazyConnect: false,
    maxRetriesPerRequest: role === 'worker' ? null : 2,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  // Without a listener ioredis prints unhandled-error noise; with it, outages are logged once per attempt.
  redis.on('error', (error: Error) => logger.warn({ message: 'redis connection error', error: error.message }));
  return redis;
}

/** Redis key under a namespace: `marsad:dedup:<hash>`. */
export const redisKey = (namespace: string, ...parts: string[]): string => [namespace, ...parts].join(':');

/** Readiness check: Redis answers PING on this connection. */
export const redisHealth = (redis: Redis): { name: string; check: () => Promise<void> } => ({
  name: 'redis',
  check: async () => void (await redis.ping()),
});
