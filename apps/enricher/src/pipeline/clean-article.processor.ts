import { Injectable, Logger } from '@nestjs/common';
import { CleanArticleSchema, TOPICS, type Rejection } from '#contracts';
import { DeadLetterPublisher, KafkaPublisher, UnpublishableError, decodeContractRecord, type ConsumedRecord } from '#kafka';
import { MetricsRegistry } from '#observability';
import { ArticleEnricher } from './article-enricher.js';

/** One clean record → one enriched record (or a dead letter), acknowledged before it resolves. */
@Injectable()
export class CleanArticleProcessor {
  private readonly logger = new Logger(CleanArticleProcessor.name);
  private readonly processed: (labels: { outcome: string }) => void;
  private readonly entitiesFound: (labels: { type: string }, by: number) => void;

  constructor(
    private readonly enricher: ArticleEnricher,
    private readonly publisher: KafkaPublisher,
    private readonly deadLetters: DeadLetterPublisher,
    metrics: MetricsRegistry,
  ) {
    this.processed = metrics.counter('marsad_enricher_records_total', 'Clean records processed, by outcome');
    this.entitiesFound = metrics.counter('marsad_enricher_entities_total', 'Entities found, by type');
  }

  async process(record: ConsumedRecord): Promise<void> {
    const parsed = decodeContractRecord(CleanArticleSchema, record.value);
    if (!parsed.ok) return this.deadLetter(record, parsed.rejection);
    const enriched = this.enricher.enrich(parsed.value);
    try {
      await this.publisher.publish(TOPICS.articlesEnriched, [{ key: enriched.article.id, value: enriched }]);
    } catch (error) {
      if (!(error instanceof UnpublishableError)) throw error;
      return this.deadLetter(record, { code: 'unpublishable', message: error.message });
    }
    for (const e of enriched.entities) this.entitiesFound({ type: e.type }, 1);
    this.processed({ outcome: 'published' });
    this.logger.log({ message: 'article enriched', articleId: enriched.article.id, entities: enriched.entities.map((e) => e.id) });
  }

  private async deadLetter(record: ConsumedRecord, rejection: Rejection): Promise<void> {
    await this.deadLetters.send('enricher', record, rejection);
    this.processed({ outcome: 'dead_lettered' });
  }
}
