import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AlertSchema, type AlertJobs } from '#contracts';
import { MetricsRegistry } from '#observability';
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
  private readonly delivered: (labels: { outcome: string }) => void;

  constructor(
    private readonly store: SubscriptionStore,
    private readonly stream: AlertStream,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    metrics: MetricsRegistry,
  ) {
    this.delivered = metrics.counter('marsad_notifier_deliveries_total', 'Webhook delivery attempts, by outcome');
  }

  async deliver(job: Job<AlertJobs['deliver']>): Promise<number> {
    const parsed = AlertSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`job is not an alert: ${parsed.error.message}`);
    const alert = parsed.data;
    const subscription = await this.store.get(alert.subscription.id);
    if (!subscription) throw new UnrecoverableError(`subscription ${alert.subscription.id} no longer exists`);
    // Live viewers see the alert at its first attempt, whatever the webhook does.
    await this.stream.publishOnce(alert);
    // Checked again at send time: a name that resolved to a public address may not any more.
    const problem = await webhookTargetProblem(subscription.delivery.webhook.url, this.config.MARSAD_ALLOW_PRIVATE_WEBHOOKS);
    if (problem !== undefined) throw new UnrecoverableError(problem);
    try {
      const status = await postAlert(subscription.delivery.webhook, alert, this.config.MARSAD_WEBHOOK_TIMEOUT_MS);
      this.delivered({ outcome: 'delivered' });
      this.logger.log({ message: 'alert delivered', alertId: alert.alertId, subscriptionId: alert.subscription.id, status });
      return status;
    } catch (error) {
      this.delivered({ outcome: error instanceof UnrecoverableError ? 'rejected' : 'retry' });
      this.logger.warn({ message: 'alert delivery failed', alertId: alert.alertId, attempt: job.attemptsMade + 1, error: (error as Error).message });
      throw error;
    }
  }
}
