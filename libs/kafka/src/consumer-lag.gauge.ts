import { Injectable } from '@nestjs/common';
import { METRICS, MetricsRegistry } from '#observability';
import type { TopicName } from '#contracts';
import { KafkaAdmin } from './kafka-admin.js';

export interface ConsumedTopic {
  groupId: string;
  topic: TopicName;
}

/**
 * `marsad_kafka_consumer_lag_messages{topic,partition}`: end offset minus the
 * group's committed offset, read from the broker at scrape time. Committed
 * (not fetched) lag, because a record counts as handled only once committed.
 */
@Injectable()
export class ConsumerLagGauge {
  constructor(admin: KafkaAdmin, metrics: MetricsRegistry, { groupId, topic }: ConsumedTopic) {
    metrics.gauge(METRICS.consumerLag, async (gauge) => {
      gauge.reset();
      let ends, committed;
      try {
        [ends, [committed]] = await admin.use((a) => Promise.all([a.fetchTopicOffsets(topic), a.fetchOffsets({ groupId, topics: [topic] })]));
      } catch {
        // Broker unreachable: no lag series (unknown is not zero); readiness reports the outage.
        return;
      }
      for (const end of ends) {
        const offset = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        // -1: nothing committed yet, so everything retained is still to do.
        const done = offset === '-1' ? BigInt(end.low) : BigInt(offset);
        gauge.set({ topic, partition: String(end.partition) }, Number(BigInt(end.high) - done));
      }
    });
  }
}
