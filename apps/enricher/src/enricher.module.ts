import { Module, type DynamicModule } from '@nestjs/common';
import { DeadLetterPublisher, KafkaHealth, KafkaPublisher, OffsetCommitter } from '#kafka';
import { HEALTH_CHECKS, MetricsRegistry, ObservabilityController, type HealthCheck } from '#observability';
import { ENRICHER_CONFIG, type EnricherConfig } from './enricher.config.js';
import { ArticleEnricher } from './pipeline/article-enricher.js';
import { CleanArticleProcessor } from './pipeline/clean-article.processor.js';
import { CleanArticlesConsumer } from './pipeline/clean-articles.consumer.js';

@Module({})
export class EnricherModule {
  static register(config: EnricherConfig): DynamicModule {
    const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-enricher` };
    return {
      module: EnricherModule,
      controllers: [CleanArticlesConsumer, ObservabilityController],
      providers: [
        { provide: ENRICHER_CONFIG, useValue: config },
        MetricsRegistry,
        {
          provide: ArticleEnricher,
          useFactory: () =>
            ArticleEnricher.load({ placesFile: config.MARSAD_KB_PLACES_FILE, actorsFile: config.MARSAD_KB_ACTORS_FILE, tagger: config.MARSAD_ENRICHER_TAGGER }),
        },
        { provide: KafkaPublisher, useFactory: () => new KafkaPublisher(kafka) },
        { provide: KafkaHealth, useFactory: () => new KafkaHealth(kafka) },
        DeadLetterPublisher,
        { provide: OffsetCommitter, useFactory: () => new OffsetCommitter() },
        CleanArticleProcessor,
        { provide: HEALTH_CHECKS, inject: [KafkaHealth], useFactory: (k: KafkaHealth): HealthCheck[] => [k] },
      ],
    };
  }
}
