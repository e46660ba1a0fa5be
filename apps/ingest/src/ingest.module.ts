import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { TOPICS } from '#contracts';
import { ConsumerGroupMembership, KafkaHealth, streamServiceProviders } from '#kafka';
import { HEALTH_CHECKS, ObservabilityController, type HealthCheck } from '#observability';
import { RedisConnections, redisHealth } from '#redis';
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
    return {
      module: IngestModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [ArticlesController, RawArticlesConsumer, ObservabilityController],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        ...streamServiceProviders('ingest', config, TOPICS.articlesRaw),
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
          inject: [KafkaHealth, ConsumerGroupMembership, REDIS],
          useFactory: (kafka: KafkaHealth, group: ConsumerGroupMembership, redis: Redis): HealthCheck[] => [kafka, group, redisHealth(redis)],
        },
      ],
    };
  }
}
