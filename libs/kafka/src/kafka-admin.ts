import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type kafkajs from 'kafkajs';
import { createKafka, type KafkaConnection } from './kafka-connection.js';

/**
 * One long-lived admin client per service, connected on first use and again
 * after a failure; shared by the health check and the consumer-lag gauge so a
 * scrape or probe does not open a connection of its own.
 */
@Injectable()
export class KafkaAdmin implements OnApplicationShutdown {
  private readonly admin: kafkajs.Admin;
  private connected: Promise<void> | undefined;

  constructor(connection: KafkaConnection) {
    this.admin = createKafka({ ...connection, clientId: `${connection.clientId}-admin` }).admin();
  }

  async use<T>(work: (admin: kafkajs.Admin) => Promise<T>): Promise<T> {
    this.connected ??= this.admin.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    return work(this.admin);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected) await this.admin.disconnect().catch(() => undefined);
  }
}
