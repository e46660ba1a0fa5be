import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AlertSchema, type AlertJobs } from '#contracts';
import { METRICS, MetricsRegistry } from '#observability';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { AlertStream } from '../stream/alert-stream.js';
import { SubscriptionStore } from '../subscriptions/subscription.store.js';
import { postAlert } from './webhook.client.js';
import { webhookTargetProblem } from './webhook-target.policy.js';

/**
 * Delivers one alert job: the live stream (once), then the subscriber's
 * webhook. Throws to let BullMQ retry; permanent problems are
 * UnrecoverableError so the job is parked at once.
 */
@Injectable()
export class AlertDeliveryService {
  private readonly logger = new Logger(AlertDeliveryService.name);
  private readonly deliveries;
  private readonly alertsDelivered;
  private readonly duration;
  private readonly endToEnd;

  constructor(
    private readonly store: SubscriptionStore,
    private readonly stream: AlertStream,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    metrics: MetricsRegistry,
  ) {
    this.deliveries = metrics.counter(METRICS.deliveries);
    this.alertsDelivered = metrics.counter(METRICS.alertsDelivered);
    this.duration = metrics.histogram(METRICS.stageDuration);
    this.endToEnd = metrics.histogram(METRICS.endToEndLatency);
  }

  async deliver(job: Job<AlertJobs['deliver']>): Promise<number> {
    const parsed = AlertSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`job is not an alert: ${parsed.error.message}`);
    const alert = parsed.data;
    const subscription = await this.store.get(alert.subscription.id);
    if (!subscription) throw new UnrecoverableError(`subscription ${alert.subscription.id} no longer exists`);
    // Live viewers see the alert at its first attempt, whatever the webhook does.
    if (await this.stream.publishOnce(alert)) this.deliveries.inc({ channel: 'sse', outcome: 'delivered' });
    // Checked again at send time: a name that resolved to a public address may not any more.
    const problem = await webhookTargetProblem(subscription.delivery.webhook.url, this.config.MARSAD_ALLOW_PRIVATE_WEBHOOKS);
    if (problem !== undefined) throw new UnrecoverableError(problem);
    const done = this.duration.startTimer({ stage: 'delivery' });
    try {
      const status = await postAlert(subscription.delivery.webhook, alert, this.config.MARSAD_WEBHOOK_TIMEOUT_MS);
      done();
      this.deliveries.inc({ channel: 'webhook', outcome: 'delivered' });
      this.alertsDelivered.inc({ subscription: alert.subscription.id });
      if (alert.article.receivedAt !== undefined) this.endToEnd.observe((Date.now() - Date.parse(alert.article.receivedAt)) / 1000);
      this.logger.log({ message: 'alert delivered', alertId: alert.alertId, subscriptionId: alert.subscription.id, articleId: alert.article.id, status });
      return status;
    } catch (error) {
      this.deliveries.inc({ channel: 'webhook', outcome: error instanceof UnrecoverableError ? 'rejected' : 'retry' });
      this.logger.warn({
        message: 'alert delivery failed',
        alertId: alert.alertId,
        subscriptionId: alert.subscription.id,
        articleId: alert.article.id,
        attempt: job.attemptsMade + 1,
        error: (error as Error).message,
      });
      throw error;
    }
  }
}
