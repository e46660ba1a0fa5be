import { Injectable, Logger } from '@nestjs/common';
import { TOPICS, type Rejection } from '#contracts';
import { DeadLetterPublisher, KafkaPublisher, UnpublishableError, type ConsumedRecord } from '#kafka';
import { METRICS, MetricsRegistry } from '#observability';
import { articleTextOf, cleanArticle } from '../cleaning/article-cleaner.js';
import { DuplicateFilter } from '../dedup/duplicate-filter.js';
import { articleIdOf } from '../intake/article-id.js';
import { decodeRawRecord } from '../intake/raw-record.decoder.js';

export type IngestOutcome = 'published' | 'duplicate' | 'dead_lettered';

/**
 * One raw record → one clean record, a dead letter, or nothing (a duplicate).
 * Resolves only once the output is acknowledged by the broker; throws on
 * infrastructure failures so the caller leaves the offset uncommitted.
 */
@Injectable()
export class RawArticleProcessor {
  private readonly logger = new Logger(RawArticleProcessor.name);
  private readonly consumed;
  private readonly duration;
  private readonly duplicatesSuppressed;

  constructor(
    private readonly publisher: KafkaPublisher,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly duplicates: DuplicateFilter,
    metrics: MetricsRegistry,
  ) {
    this.consumed = metrics.counter(METRICS.recordsConsumed);
    this.duration = metrics.histogram(METRICS.stageDuration);
    this.duplicatesSuppressed = metrics.counter(METRICS.duplicatesSuppressed);
  }

  async process(record: ConsumedRecord, now = new Date()): Promise<IngestOutcome> {
    const done = this.duration.startTimer({ stage: 'ingest' });
    const outcome = await this.handle(record, now);
    done();
    this.consumed.inc({ topic: record.topic, outcome });
    return outcome;
  }

  private async handle(record: ConsumedRecord, now: Date): Promise<IngestOutcome> {
    const decoded = decodeRawRecord(record.value);
    if (!decoded.ok) return this.deadLetter(record, decoded.rejection);
    const raw = decoded.value;
    const content = articleTextOf(raw);
    const id = articleIdOf(raw, content.text);
    const cleaned = cleanArticle(raw, id, content, now);
    if (!cleaned.ok) return this.deadLetter(record, cleaned.rejection);

    // The broker's timestamp of the raw record starts the end-to-end latency; a record without one counts from now.
    const received = Number.isFinite(record.timestamp) && record.timestamp > 0 ? new Date(record.timestamp) : now;
    const article = { ...cleaned.value, receivedAt: received.toISOString() };
    const claim = await this.duplicates.claim(article.contentHash, article.id);
    if (claim.kind === 'duplicate') {
      this.logger.log({ message: 'duplicate suppressed', articleId: article.id, firstArticleId: claim.firstArticleId });
      this.duplicatesSuppressed.inc();
      return 'duplicate';
    }
    try {
      await this.publisher.publish(TOPICS.articlesClean, [{ key: article.id, value: article }]);
    } catch (error) {
      if (!(error instanceof UnpublishableError)) throw error;
      return this.deadLetter(record, { code: 'unpublishable', message: error.message });
    }
    await this.duplicates.markPublished(article.contentHash, article.id);
    this.logger.log({ message: 'article cleaned', articleId: article.id, language: article.language });
    return 'published';
  }

  private async deadLetter(record: ConsumedRecord, rejection: Rejection): Promise<IngestOutcome> {
    await this.deadLetters.send('ingest', record, rejection);
    return 'dead_lettered';
  }
}
