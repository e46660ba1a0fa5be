import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createRedis, type RedisRole } from './redis-connection.js';

/**
 * Owns every Redis connection of one service and closes them last: users of
 * a connection (BullMQ workers and queues, subscribers) stop in
 * `beforeApplicationShutdown`, Nest then runs this `onApplicationShutdown`.
 * BullMQ leaves connections it was handed open, so somebody has to.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly open: Redis[] = [];

  constructor(private readonly url: string) {}

  create(role: RedisRole, name: string): Redis {
    const redis = createRedis(this.url, role, name);
    this.open.push(redis);
    return redis;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.open.map((r) => r.quit().catch(() => r.disconnect())));
    this.open.length = 0;
  }
}
