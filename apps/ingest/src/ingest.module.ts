import { Module, type DynamicModule } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DeadLetterPublisher, KafkaHealth, KafkaPublisher, OffsetCommitter } from '#kafka';
import { HEALTH_CHECKS, MetricsRegistry, ObservabilityController, type HealthCheck } from '#observability';
import { RedisConnections } from '#redis';
import { DuplicateFilter } from './dedup/duplicate-filter.js';
import { ArticleIntakeService } from './http/article-intake.service.js';
import { ArticlesController } from './http/articles.controller.js';
import { INGEST_CONFIG, type IngestConfig } from './ingest.config.js';
import { RawArticleProcessor } from './pipeline/raw-article.processor.js';
import { RawArticlesConsumer } from './pipeline/raw-articles.consumer.js';

const REDIS = Symbol('INGEST_REDIS');

@Module({})
export class IngestModule {
  static register(config: IngestConfig): DynamicModule {
    const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-ingest` };
    return {
      module: IngestModule,
      controllers: [ArticlesController, RawArticlesConsumer, ObservabilityController],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        MetricsRegistry,
        { provide: KafkaPublisher, useFactory: () => new KafkaPublisher(kafka) },
        { provide: KafkaHealth, useFactory: () => new KafkaHealth(kafka) },
        DeadLetterPublisher,
        { provide: OffsetCommitter, useFactory: () => new OffsetCommitter() },
        { provide: RedisConnections, useFactory: () => new RedisConnections(config.MARSAD_REDIS_URL) },
        { provide: REDIS, inject: [RedisConnections], useFactory: (c: RedisConnections) => c.create('command', 'ingest') },
        {
          provide: DuplicateFilter,
          inject: [REDIS],
          useFactory: (redis: Redis) => new DuplicateFilter(redis, config.MARSAD_NAMESPACE, config.MARSAD_DEDUP_TTL_DAYS * 86_400),
        },
        RawArticleProcessor,
        ArticleIntakeService,
        {
          provide: HEALTH_CHECKS,
          inject: [REDIS, KafkaHealth],
          useFactory: (redis: Redis, kafkaHealth: KafkaHealth): HealthCheck[] => [
            kafkaHealth,
            { name: 'redis', check: async () => void (await redis.ping()) },
          ],
        },
      ],
    };
  }
}
