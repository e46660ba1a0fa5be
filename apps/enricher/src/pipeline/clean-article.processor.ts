import { Injectable, Logger } from '@nestjs/common';
import { CleanArticleSchema, ENTITY_TYPES, EnrichedArticleSchema, TOPICS, type EnrichedArticle, type Rejection } from '#contracts';
import { DeadLetterPublisher, KafkaPublisher, UnpublishableError, decodeContractRecord, type ConsumedRecord } from '#kafka';
import { METRICS, MetricsRegistry } from '#observability';
import { ArticleEnricher } from './article-enricher.js';

type EnrichOutcome = 'published' | 'dead_lettered';

/** One clean record → one enriched record (or a dead letter), acknowledged before it resolves. */
@Injectable()
export class CleanArticleProcessor {
  private readonly logger = new Logger(CleanArticleProcessor.name);
  private readonly consumed;
  private readonly duration;
  private readonly entitiesPerArticle;
  private readonly eventsPerArticle;

  constructor(
    private readonly enricher: ArticleEnricher,
    private readonly publisher: KafkaPublisher,
    private readonly deadLetters: DeadLetterPublisher,
    metrics: MetricsRegistry,
  ) {
    this.consumed = metrics.counter(METRICS.recordsConsumed);
    this.duration = metrics.histogram(METRICS.stageDuration);
    this.entitiesPerArticle = metrics.histogram(METRICS.entitiesPerArticle);
    this.eventsPerArticle = metrics.histogram(METRICS.eventsPerArticle);
  }

  async process(record: ConsumedRecord): Promise<void> {
    const done = this.duration.startTimer({ stage: 'enricher' });
    const outcome = await this.handle(record);
    done();
    this.consumed.inc({ topic: record.topic, outcome });
  }

  private async handle(record: ConsumedRecord): Promise<EnrichOutcome> {
    const parsed = decodeContractRecord(CleanArticleSchema, record.value);
    if (!parsed.ok) return this.deadLetter(record, parsed.rejection);
    // Extraction is pure and should not fail; if it does for one article, that
    // article is dead-lettered with the reason instead of blocking its partition
    // (a throw here would leave the offset uncommitted and retry it forever).
    let enriched: EnrichedArticle;
    try {
      enriched = this.enricher.enrich(parsed.value);
      const checked = EnrichedArticleSchema.safeParse(enriched);
      if (!checked.success) throw new Error(`output breaks the contract: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (error) {
      this.logger.error({ message: 'enrichment failed', articleId: parsed.value.id, error: (error as Error).message });
      return this.deadLetter(record, { code: 'processing_failed', message: (error as Error).message });
    }
    try {
      await this.publisher.publish(TOPICS.articlesEnriched, [{ key: enriched.article.id, value: enriched }]);
    } catch (error) {
      if (!(error instanceof UnpublishableError)) throw error;
      return this.deadLetter(record, { code: 'unpublishable', message: error.message });
    }
    // Every type is observed, zeros included, so the histogram shows articles without places too.
    for (const type of ENTITY_TYPES) this.entitiesPerArticle.observe({ type }, enriched.entities.filter((e) => e.type === type).length);
    this.eventsPerArticle.observe(enriched.events.length);
    this.logger.log({ message: 'article enriched', articleId: enriched.article.id, entities: enriched.entities.map((e) => e.id) });
    return 'published';
  }

  private async deadLetter(record: ConsumedRecord, rejection: Rejection): Promise<EnrichOutcome> {
    await this.deadLetters.send('enricher', record, rejection);
    return 'dead_lettered';
  }
}
