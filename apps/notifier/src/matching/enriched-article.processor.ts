import { Inject, Injectable, Logger } from '@nestjs/common';
import { EnrichedArticleSchema } from '#contracts';
import { DeadLetterPublisher, decodeContractRecord, type ConsumedRecord } from '#kafka';
import { MetricsRegistry } from '#observability';
import { ALERT_QUEUE, enqueueAlert, type AlertQueue } from '../delivery/alert-queue.js';
import { SubscriptionIndex } from './subscription-index.js';

/**
 * One enriched record → one queued job per matching subscription. Resolves
 * once every job is in Redis; only then may the offset be committed.
 */
@Injectable()
export class EnrichedArticleProcessor {
  private readonly logger = new Logger(EnrichedArticleProcessor.name);
  private readonly processed: (labels: { outcome: string }) => void;
  private readonly alertsQueued: (labels?: Record<string, string>, by?: number) => void;

  constructor(
    private readonly index: SubscriptionIndex,
    @Inject(ALERT_QUEUE) private readonly queue: AlertQueue,
    private readonly deadLetters: DeadLetterPublisher,
    metrics: MetricsRegistry,
  ) {
    this.processed = metrics.counter('marsad_notifier_records_total', 'Enriched records processed, by outcome');
    this.alertsQueued = metrics.counter('marsad_notifier_alerts_queued_total', 'Alert jobs added (replays included; BullMQ drops duplicates)');
  }

  async process(record: ConsumedRecord): Promise<void> {
    const parsed = decodeContractRecord(EnrichedArticleSchema, record.value);
    if (!parsed.ok) {
      await this.deadLetters.send('notifier', record, parsed.rejection);
      this.processed({ outcome: 'dead_lettered' });
      return;
    }
    const alerts = (await this.index.matcher()).match(parsed.value);
    await Promise.all(alerts.map((a) => enqueueAlert(this.queue, a)));
    this.alertsQueued({}, alerts.length);
    this.processed({ outcome: alerts.length > 0 ? 'matched' : 'unmatched' });
    if (alerts.length > 0) {
      this.logger.log({ message: 'alerts queued', articleId: parsed.value.article.id, alertIds: alerts.map((a) => a.alertId) });
    }
  }
}
