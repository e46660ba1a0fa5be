import { Inject, Injectable, Logger } from '@nestjs/common';
import { EnrichedArticleSchema, type Alert } from '#contracts';
import { DeadLetterPublisher, decodeContractRecord, type ConsumedRecord } from '#kafka';
import { METRICS, MetricsRegistry } from '#observability';
import { ALERT_QUEUE, enqueueAlert, type AlertQueue } from '../delivery/alert-queue.js';
import { DeliveryLog } from '../delivery/delivery-log.js';
import { RecentArticles } from '../preview/recent-articles.js';
import { ArticleVersions } from './article-versions.js';
import { SubscriptionIndex } from './subscription-index.js';

type MatchOutcome = 'matched' | 'unmatched' | 'dead_lettered';

/**
 * One enriched record → one queued job per alert: the matching
 * subscriptions' alerts, or for a corrected article the updates (see
 * ArticleVersions). Resolves once every job is in Redis; only then may the
 * offset be committed. Every record also joins the preview window.
 */
@Injectable()
export class EnrichedArticleProcessor {
  private readonly logger = new Logger(EnrichedArticleProcessor.name);
  private readonly consumed;
  private readonly duration;

  constructor(
    private readonly index: SubscriptionIndex,
    @Inject(ALERT_QUEUE) private readonly queue: AlertQueue,
    private readonly versions: ArticleVersions,
    private readonly log: DeliveryLog,
    private readonly recent: RecentArticles,
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
    const enriched = parsed.value;
    await this.recent.add(enriched);
    const matched = (await this.index.matcher()).match(enriched);
    if (matched.length === 0) return 'unmatched';
    const bySubscription = new Map<string, Alert[]>();
    for (const a of matched) bySubscription.set(a.subscription.id, [...(bySubscription.get(a.subscription.id) ?? []), a]);
    const plans = await Promise.all(
      [...bySubscription].map(([id, alerts]) => this.versions.plan(id, enriched, alerts)),
    );
    const alerts = plans.flatMap((p) => p.alerts);
    // BullMQ ignores a job id it already holds, so a replay queues nothing new.
    await Promise.all(alerts.map(async (a) => {
      await enqueueAlert(this.queue, a);
      await this.log.index(a.subscription.id, a.alertId, Date.parse(a.createdAt));
    }));
    await Promise.all(plans.map((p) => p.commit()));
    if (alerts.length > 0) {
      this.logger.log({
        message: 'alerts queued',
        articleId: enriched.article.id,
        alerts: alerts.map((a) => ({ alertId: a.alertId, kind: a.kind, subscriptionId: a.subscription.id })),
      });
    }
    return 'matched';
  }
}
