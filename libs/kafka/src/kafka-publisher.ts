import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import kafkajs from 'kafkajs';
import type { TopicName } from '#contracts';
import { METRICS, type MetricsRegistry } from '#observability';
import { createKafka, type KafkaConnection } from './kafka-connection.js';

/**
 * The broker refused the records for good (too large, invalid): retrying the
 * same send cannot succeed, so callers dead-letter the input instead of
 * stalling their partition on it.
 */
export class UnpublishableError extends Error {
  constructor(topic: string, override readonly cause: Error) {
    super(`${topic} refused the record: ${cause.message}`);
    this.name = 'UnpublishableError';
  }
}

export interface OutgoingRecord {
  key: string | null;
  value: Buffer | string | object;
  headers?: Record<string, string>;
}

/**
 * The one way Marsad writes to Kafka: every send acknowledged by all in-sync
 * replicas before the promise resolves, and callers commit their input offset
 * only after that. The producer fails fast instead of retrying forever, so an
 * outage surfaces (uncommitted offset, HTTP 503) rather than hanging; the
 * rare duplicate a retried send can leave is absorbed downstream by the
 * stable article id and the alert dedup key.
 */
@Injectable()
export class KafkaPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(KafkaPublisher.name);
  private readonly producer: kafkajs.Producer;
  private connecting: Promise<void> | undefined;
  private readonly produced;

  constructor(connection: KafkaConnection, metrics: MetricsRegistry) {
    this.produced = metrics.counter(METRICS.recordsProduced);
    this.producer = createKafka(connection).producer({
      // One request in flight keeps per-partition order across retries.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
      retry: { initialRetryTime: 100, retries: 5 },
    });
  }

  connect(): Promise<void> {
    this.connecting ??= this.producer.connect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async publish(topic: TopicName, records: readonly OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.connect();
    try {
      await this.producer.send({
        topic,
        acks: -1,
        messages: records.map((r) => ({
          key: r.key,
          value: Buffer.isBuffer(r.value) || typeof r.value === 'string' ? r.value : JSON.stringify(r.value),
          headers: r.headers,
        })),
      });
    } catch (error) {
      if (isPermanent(error)) throw new UnpublishableError(topic, error as Error);
      throw error;
    }
    this.produced.inc({ topic }, records.length);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connecting === undefined) return;
    await this.producer.disconnect();
    this.logger.log({ message: 'producer disconnected' });
  }
}

/** Broker answers that no retry can change: the record itself is unacceptable. */
const PERMANENT = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE']);

function isPermanent(error: unknown): boolean {
  // kafkajs wraps protocol errors (retries exhausted, per-partition failures); look inside.
  for (let e = error as { type?: string; cause?: unknown; errors?: unknown[] } | undefined; e; e = e.cause as typeof e) {
    if (e.type !== undefined && PERMANENT.has(e.type)) return true;
    if (Array.isArray(e.errors) && e.errors.some(isPermanent)) return true;
  }
  return false;
}
