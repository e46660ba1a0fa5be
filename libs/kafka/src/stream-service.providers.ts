import type { Provider } from '@nestjs/common';
import type { TopicName } from '#contracts';
import type { SharedEnv } from '#config';
import { MetricsRegistry } from '#observability';
import { ConsumerGroupMembership } from './consumer-group-membership.js';
import { ConsumerLagGauge } from './consumer-lag.gauge.js';
import { DeadLetterPublisher } from './dead-letter.publisher.js';
import { KafkaAdmin } from './kafka-admin.js';
import { KafkaHealth } from './kafka-health.js';
import { KafkaPublisher } from './kafka-publisher.js';
import { OffsetCommitter } from './offset-committer.js';
import { consumerGroupOf } from './start-stream-service.js';

/**
 * The providers every stream service has, wired the same way: its metrics
 * registry, the Kafka admin (health, lag), the group membership (readiness),
 * the publisher and dead letters, the offset committer.
 */
export function streamServiceProviders(name: string, config: SharedEnv, consumes: TopicName): Provider[] {
  const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-${name}` };
  return [
    { provide: MetricsRegistry, useFactory: () => new MetricsRegistry(name) },
    { provide: KafkaAdmin, useFactory: () => new KafkaAdmin(kafka) },
    KafkaHealth,
    ConsumerGroupMembership,
    {
      provide: ConsumerLagGauge,
      inject: [KafkaAdmin, MetricsRegistry],
      useFactory: (admin: KafkaAdmin, metrics: MetricsRegistry) =>
        new ConsumerLagGauge(admin, metrics, { groupId: consumerGroupOf(config.MARSAD_NAMESPACE, name), topic: consumes }),
    },
    { provide: KafkaPublisher, inject: [MetricsRegistry], useFactory: (metrics: MetricsRegistry) => new KafkaPublisher(kafka, metrics) },
    DeadLetterPublisher,
    { provide: OffsetCommitter, useFactory: () => new OffsetCommitter() },
  ];
}
