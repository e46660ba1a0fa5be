import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { TOPICS } from '#contracts';
import { ConsumerGroupMembership, KafkaHealth, KafkaPublisher, streamServiceProviders } from '#kafka';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { HEALTH_CHECKS, ObservabilityController, type HealthCheck } from '#observability';
import { RedisConnections, redisHealth } from '#redis';
import { OpenApiController } from './api/openapi.controller.js';
import { DashboardController } from './dashboard/dashboard.controller.js';
import { DashboardSampler } from './dashboard/dashboard-sampler.js';
import { RecentAlerts } from './dashboard/recent-alerts.js';
import { AlertQueueDepthGauge } from './delivery/alert-queue-depth.gauge.js';
import { AlertDeliveryService } from './delivery/alert-delivery.service.js';
import { AlertDeliveryWorker } from './delivery/alert-delivery.worker.js';
import { AlertHistoryService } from './delivery/alert-history.service.js';
import { ALERT_QUEUE, AlertQueueCloser, createAlertQueue } from './delivery/alert-queue.js';
import { AlertsController } from './delivery/alerts.controller.js';
import { DeliveryLog } from './delivery/delivery-log.js';
import { FlowControl } from './delivery/flow-control.js';
import { ArticleVersions } from './matching/article-versions.js';
import { EnrichedArticleProcessor } from './matching/enriched-article.processor.js';
import { EnrichedArticlesConsumer } from './matching/enriched-articles.consumer.js';
import { SubscriptionIndex } from './matching/subscription-index.js';
import { NOTIFIER_CONFIG, type NotifierConfig } from './notifier.config.js';
import { OpsAuthGuard } from './ops/ops-auth.guard.js';
import { PreviewService } from './preview/preview.service.js';
import { RecentArticles } from './preview/recent-articles.js';
import { AlertStream } from './stream/alert-stream.js';
import { AlertStreamController } from './stream/alert-stream.controller.js';
import { ApiKeyGuard } from './subscriptions/api-key.guard.js';
import { SubscriptionService } from './subscriptions/subscription.service.js';
import { SubscriptionStore } from './subscriptions/subscription.store.js';
import { SubscriptionsController } from './subscriptions/subscriptions.controller.js';
import { TermResolver } from './subscriptions/term-resolver.js';

const REDIS = Symbol('NOTIFIER_REDIS');

@Module({})
export class NotifierModule {
  static register(config: NotifierConfig): DynamicModule {
    const ns = config.MARSAD_NAMESPACE;
    const retentionSeconds = config.MARSAD_ALERT_RETENTION_DAYS * 86_400;
    return {
      module: NotifierModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [
        SubscriptionsController,
        // Before AlertsController: `/v1/alerts/stream` must not be taken for an alert id.
        AlertStreamController,
        AlertsController,
        OpenApiController,
        EnrichedArticlesConsumer,
        ObservabilityController,
        DashboardController,
      ],
      providers: [
        { provide: NOTIFIER_CONFIG, useValue: config },
        ...streamServiceProviders('notifier', config, TOPICS.articlesEnriched),
        { provide: Gazetteer, useFactory: () => Gazetteer.load(config.MARSAD_KB_PLACES_FILE) },
        { provide: ActorRegistry, useFactory: () => ActorRegistry.load(config.MARSAD_KB_ACTORS_FILE) },
        { provide: TermResolver, inject: [Gazetteer, ActorRegistry], useFactory: (g: Gazetteer, a: ActorRegistry) => new TermResolver(g, a) },
        { provide: RedisConnections, useFactory: () => new RedisConnections(config.MARSAD_REDIS_URL) },
        { provide: REDIS, inject: [RedisConnections], useFactory: (c: RedisConnections) => c.create('command', 'notifier') },
        { provide: SubscriptionStore, inject: [REDIS], useFactory: (r: Redis) => new SubscriptionStore(r, ns) },
        SubscriptionService,
        SubscriptionIndex,
        ApiKeyGuard,
        {
          provide: AlertStream,
          inject: [REDIS, RedisConnections],
          useFactory: (r: Redis, c: RedisConnections) => new AlertStream(r, c.create('worker', 'notifier-live'), ns),
        },
        {
          provide: ALERT_QUEUE,
          inject: [RedisConnections],
          useFactory: (c: RedisConnections) =>
            createAlertQueue(c.create('command', 'notifier-queue'), ns, {
              attempts: config.MARSAD_DELIVERY_ATTEMPTS,
              backoffMs: config.MARSAD_DELIVERY_BACKOFF_MS,
              retentionSeconds,
            }),
        },
        { provide: FlowControl, inject: [REDIS], useFactory: (r: Redis) => new FlowControl(r, ns, retentionSeconds) },
        {
          provide: DeliveryLog,
          inject: [REDIS, KafkaPublisher],
          useFactory: (r: Redis, p: KafkaPublisher) => new DeliveryLog(r, p, ns, retentionSeconds),
        },
        { provide: ArticleVersions, inject: [REDIS], useFactory: (r: Redis) => new ArticleVersions(r, ns, retentionSeconds) },
        {
          provide: RecentArticles,
          inject: [REDIS],
          useFactory: (r: Redis) => new RecentArticles(r, ns, config.MARSAD_PREVIEW_WINDOW_ARTICLES, config.MARSAD_PREVIEW_WINDOW_DAYS),
        },
        PreviewService,
        AlertDeliveryService,
        AlertHistoryService,
        {
          provide: AlertDeliveryWorker,
          inject: [AlertDeliveryService, RedisConnections],
          useFactory: (d: AlertDeliveryService, c: RedisConnections) =>
            new AlertDeliveryWorker(d, {
              connection: c.create('worker', 'notifier-worker'),
              namespace: ns,
              concurrency: config.MARSAD_DELIVERY_CONCURRENCY,
            }),
        },
        EnrichedArticleProcessor,
        AlertQueueCloser,
        AlertQueueDepthGauge,
        OpsAuthGuard,
        DashboardSampler,
        RecentAlerts,
        {
          provide: HEALTH_CHECKS,
          inject: [KafkaHealth, ConsumerGroupMembership, REDIS],
          useFactory: (kafka: KafkaHealth, group: ConsumerGroupMembership, redis: Redis): HealthCheck[] => [kafka, group, redisHealth(redis)],
        },
      ],
    };
  }
}
