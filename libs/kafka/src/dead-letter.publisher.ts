import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DEAD_LETTER_ORIGINAL_MAX_BYTES, TOPICS, type DeadLetter, type Rejection, type Stage } from '#contracts';
import { METRICS, MetricsRegistry } from '#observability';
import { KafkaPublisher } from './kafka-publisher.js';
import type { ConsumedRecord } from './kafka-record.js';

/**
 * Sends a record a stage cannot process to `articles.dlq.v1`, with its reason
 * and original bytes, so the stream goes on and nothing is dropped silently.
 */
@Injectable()
export class DeadLetterPublisher {
  private readonly logger = new Logger(DeadLetterPublisher.name);

  private readonly deadLetters;

  constructor(
    private readonly publisher: KafkaPublisher,
    metrics: MetricsRegistry,
  ) {
    this.deadLetters = metrics.counter(METRICS.deadLetters);
  }

  async send(stage: Stage, record: ConsumedRecord, reason: Rejection): Promise<void> {
    const letter: DeadLetter = {
      stage,
      reason,
      source: { topic: record.topic, partition: record.partition, offset: record.offset, key: record.key },
      original: {
        encoding: 'base64',
        data: record.value.subarray(0, DEAD_LETTER_ORIGINAL_MAX_BYTES).toString('base64'),
        bytes: record.value.byteLength,
        sha256: createHash('sha256').update(record.value).digest('hex'),
        truncated: record.value.byteLength > DEAD_LETTER_ORIGINAL_MAX_BYTES,
      },
      failedAt: new Date().toISOString(),
    };
    await this.publisher.publish(TOPICS.articlesDeadLetter, [
      { key: record.key, value: letter, headers: { 'marsad-stage': stage, 'marsad-reason': reason.code } },
    ]);
    this.deadLetters.inc({ stage, reason: reason.code });
    this.logger.warn({ message: 'dead-lettered', stage, code: reason.code, topic: record.topic, offset: record.offset, key: record.key });
  }
}
