import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type kafkajs from 'kafkajs';
import { createKafka, type KafkaConnection } from './kafka-connection.js';

/** Health check that asks the cluster for its brokers through one long-lived admin client. */
@Injectable()
export class KafkaHealth implements OnApplicationShutdown {
  readonly name = 'kafka';
  private readonly admin: kafkajs.Admin;
  private connected: Promise<void> | undefined;

  constructor(connection: KafkaConnection) {
    this.admin = createKafka({ ...connection, clientId: `${connection.clientId}-health` }).admin();
  }

  async check(): Promise<void> {
    this.connected ??= this.admin.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    await this.admin.describeCluster();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected) await this.admin.disconnect();
  }
}
