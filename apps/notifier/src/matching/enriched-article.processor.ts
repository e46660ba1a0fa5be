import { Inject, Injectable, Logger } from '@nestjs/common';
import { EnrichedArticleSchema } from '#contracts';
import { DeadLetterPublisher, decodeContractRecord, type ConsumedRecord } from '#kafka';
import { METRICS, MetricsRegistry } from '#observability';
import { ALERT_QUEUE, enqueueAlert, type AlertQueue } from '../delivery/alert-queue.js';
import { SubscriptionIndex } from './subscription-index.js';

type MatchOutcome = 'matched' | 'unmatched' | 'dead_lettered';

/**
 * One enriched record → one queued job per matching subscription. Resolves
 * once every job is in Redis; only then may the offset be committed.
 */
@Injectable()
export class EnrichedArticleProcessor {
  private readonly logger = new Logger(EnrichedArticleProcessor.name);
  private readonly consumed;
  private readonly duration;

  constructor(
    private readonly index: SubscriptionIndex,
    @Inject(ALERT_QUEUE) private readonly queue: AlertQueue,
    private readonly deadLetters: DeadLetterPublisher,
    metrics: MetricsRegistry,
  ) {
    this.consumed = metrics.counter(METRICS.recordsConsumed);
    this.duration = metrics.histogram(METRICS.stageDuration);
  }

  async process(record: ConsumedRecord): Promise<void> {
    const done = this.duration.startTimer({ stage: 'notifier' });
    const outcome = await this.handle(record);
    done();
    this.consumed.inc({ topic: record.topic, outcome });
  }

  private async handle(record: ConsumedRecord): Promise<MatchOutcome> {
    const parsed = decodeContractRecord(EnrichedArticleSchema, record.value);
    if (!parsed.ok) {
      await this.deadLetters.send('notifier', record, parsed.rejection);
      return 'dead_lettered';
    }
    const alerts = (await this.index.matcher()).match(parsed.value);
    // BullMQ ignores a job id it already holds, so a replay queues nothing new.
    await Promise.all(alerts.map((a) => enqueueAlert(this.queue, a)));
    if (alerts.length === 0) return 'unmatched';
    this.logger.log({
      message: 'alerts queued',
      articleId: parsed.value.article.id,
      alerts: alerts.map((a) => ({ alertId: a.alertId, subscriptionId: a.subscription.id })),
    });
    return 'matched';
  }
}
