import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TOPICS } from '#contracts';
import { ConsumerGroupMembership, KafkaHealth, streamServiceProviders } from '#kafka';
import { HEALTH_CHECKS, ObservabilityController, type HealthCheck } from '#observability';
import { ENRICHER_CONFIG, type EnricherConfig } from './enricher.config.js';
import { ArticleEnricher } from './pipeline/article-enricher.js';
import { CleanArticleProcessor } from './pipeline/clean-article.processor.js';
import { CleanArticlesConsumer } from './pipeline/clean-articles.consumer.js';

@Module({})
export class EnricherModule {
  static register(config: EnricherConfig): DynamicModule {
    return {
      module: EnricherModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [CleanArticlesConsumer, ObservabilityController],
      providers: [
        { provide: ENRICHER_CONFIG, useValue: config },
        ...streamServiceProviders('enricher', config, TOPICS.articlesClean),
        {
          provide: ArticleEnricher,
          useFactory: () =>
            ArticleEnricher.load({ placesFile: config.MARSAD_KB_PLACES_FILE, actorsFile: config.MARSAD_KB_ACTORS_FILE, tagger: config.MARSAD_ENRICHER_TAGGER }),
        },
        CleanArticleProcessor,
        {
          provide: HEALTH_CHECKS,
          inject: [KafkaHealth, ConsumerGroupMembership],
          useFactory: (kafka: KafkaHealth, group: ConsumerGroupMembership): HealthCheck[] => [kafka, group],
        },
      ],
    };
  }
}
