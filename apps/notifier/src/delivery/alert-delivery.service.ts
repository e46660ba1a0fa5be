import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { AlertSchema, DigestJobSchema, type Alert, type AlertJobName, type AlertJobs, type Digest, type Receipt } from '#contracts';
import { METRICS, MetricsRegistry } from '#observability';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { AlertStream } from '../stream/alert-stream.js';
import type { StoredSubscription } from '../subscriptions/subscription.store.js';
import { SubscriptionService, type DeliveryTargets } from '../subscriptions/subscription.service.js';
import { ALERT_QUEUE, enqueueDigest, type AlertQueue, type DeliveryResult } from './alert-queue.js';
import { DeliveryLog } from './delivery-log.js';
import { EmailSender } from './email.client.js';
import { emailMessage } from './email-message.js';
import { FlowControl } from './flow-control.js';
import { slackMessage } from './slack-message.js';
import { postWebhook } from './webhook.client.js';
import { webhookTargetProblem } from './webhook-target.policy.js';

type Message = Alert | Digest;
const SENT_CHANNELS = ['webhook', 'email'] as const;

/**
 * Delivers the `alerts` queue's jobs. An alert is shown on the live stream
 * at once, then routed by the subscription's flow control: sent now on its
 * channels, or filed into a digest (a `digest` job scheduled for the end of
 * its window). Each channel is sent to once: a channel that succeeded is
 * marked and skipped by later retries of the job. Every attempt leaves a
 * receipt. Throws to let BullMQ retry; UnrecoverableError parks the job.
 */
@Injectable()
export class AlertDeliveryService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertDeliveryService.name);
  private readonly mailer: EmailSender | undefined;
  private readonly deliveries;
  private readonly alertsDelivered;
  private readonly duration;
  private readonly endToEnd;

  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly stream: AlertStream,
    private readonly flow: FlowControl,
    private readonly log: DeliveryLog,
    @Inject(ALERT_QUEUE) private readonly queue: AlertQueue,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    metrics: MetricsRegistry,
  ) {
    this.mailer = config.MARSAD_SMTP_URL
      ? new EmailSender({ url: config.MARSAD_SMTP_URL, from: config.MARSAD_SMTP_FROM, timeoutMs: config.MARSAD_WEBHOOK_TIMEOUT_MS })
      : undefined;
    this.deliveries = metrics.counter(METRICS.deliveries);
    this.alertsDelivered = metrics.counter(METRICS.alertsDelivered);
    this.duration = metrics.histogram(METRICS.stageDuration);
    this.endToEnd = metrics.histogram(METRICS.endToEndLatency);
  }

  deliver(job: Job<AlertJobs[AlertJobName], DeliveryResult, AlertJobName>, token?: string): Promise<DeliveryResult> {
    return job.name === 'digest' ? this.deliverDigest(job as Job<AlertJobs['digest']>, token) : this.deliverAlert(job as Job<AlertJobs['deliver']>);
  }

  private async deliverAlert(job: Job<AlertJobs['deliver']>): Promise<DeliveryResult> {
    const parsed = AlertSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`job is not an alert: ${parsed.error.message}`);
    const alert = parsed.data;
    const subscription = await this.subscription(alert.subscription.id);
    // Live viewers see the alert at its first attempt, whatever flow control and the webhook do.
    if (await this.stream.publishOnce(alert)) this.deliveries.inc({ channel: 'sse', outcome: 'delivered' });
    const base = { alertId: alert.alertId, kind: alert.kind, subscriptionId: subscription.id, articleId: alert.article.id, attempt: job.attemptsMade + 1 };

    const route = await this.flow.route(alert, subscription);
    if (!route.send) {
      const digestId = await enqueueDigest(this.queue, { subscriptionId: subscription.id, reason: route.reason, from: route.from, to: route.to });
      await this.log.record({ ...base, outcome: 'digested', digestId, at: new Date().toISOString() });
      await this.log.flushReceipts(alert.alertId);
      this.deliveries.inc({ channel: 'digest', outcome: 'digested' });
      return 'digested';
    }
    await this.send(job, alert, base, subscription);
    this.alertsDelivered.inc({ subscription: subscription.id });
    if (alert.article.receivedAt !== undefined) this.endToEnd.observe((Date.now() - Date.parse(alert.article.receivedAt)) / 1000);
    this.logger.log({ message: 'alert delivered', alertId: alert.alertId, subscriptionId: subscription.id, articleId: alert.article.id });
    return 'delivered';
  }

  private async deliverDigest(job: Job<AlertJobs['digest']>, token: string | undefined): Promise<DeliveryResult> {
    const data = DigestJobSchema.parse(job.data);
    const digestId = job.id!;
    // Picked up early (a redelivery, a skewed clock): alerts may still join the window. Back to waiting, no attempt spent.
    if (Date.now() < data.to) {
      await job.moveToDelayed(data.to, token);
      throw new DelayedError();
    }
    const subscription = await this.subscription(data.subscriptionId);
    const alerts = await this.flow.take(subscription.id, digestId, data.to);
    if (alerts.length === 0) return 'empty';
    const digest: Digest = {
      kind: 'digest',
      digestId,
      subscription: { id: subscription.id, name: subscription.name },
      reason: data.reason,
      window: { from: new Date(data.from).toISOString(), to: new Date(data.to).toISOString() },
      count: alerts.length,
      alerts,
      createdAt: new Date(data.to).toISOString(),
    };
    await this.log.index(subscription.id, digestId, data.to);
    await this.send(job, digest, { alertId: digestId, kind: 'digest', subscriptionId: subscription.id, attempt: job.attemptsMade + 1 }, subscription);
    this.logger.log({ message: 'digest delivered', alertId: digestId, subscriptionId: subscription.id, alerts: alerts.length });
    return 'delivered';
  }

  private async subscription(id: string): Promise<StoredSubscription> {
    const s = await this.subscriptions.stored(id);
    if (!s) throw new UnrecoverableError(`subscription ${id} no longer exists or cannot be read`);
    return s;
  }

  /**
   * Sends on every channel not yet done, and records each answer. While the
   * job has attempts left, a retryable failure on any channel retries it
   * (channels done, or failed for good, are skipped). When the job parks —
   * a permanent answer, or the last attempt — the `failed` marks are
   * cleared first, so whoever retries the parked job (a redelivery, Bull
   * Board) sends on those channels again and on no others.
   */
  private async send(job: Job, message: Message, base: Omit<Receipt, 'id' | 'outcome' | 'at'>, subscription: StoredSubscription): Promise<void> {
    const targets = this.subscriptions.targets(subscription);
    const marks = await this.log.marks(base.alertId);
    const finalAttempt = base.attempt >= (job.opts.attempts ?? 1);
    const failures: UnrecoverableError[] = Object.entries(marks)
      .filter(([, m]) => m === 'failed')
      .map(([channel]) => new UnrecoverableError(`${channel} refused it at an earlier attempt (see the attempts)`));
    let retryable: Error | undefined;
    for (const channel of SENT_CHANNELS) {
      if (targets[channel] === undefined || marks[channel] !== undefined) continue;
      const done = this.duration.startTimer({ stage: 'delivery' });
      const started = performance.now();
      const took = () => Math.round(performance.now() - started);
      let status: number | undefined;
      try {
        status = await this.sendOn(channel, targets, message, base.alertId);
      } catch (error) {
        const e = error as Error & { status?: number };
        const permanent = e instanceof UnrecoverableError;
        await this.log.record(
          { ...base, channel, outcome: permanent || finalAttempt ? 'failed' : 'retrying', error: e.message, durationMs: took(), at: new Date().toISOString(), ...(e.status !== undefined ? { status: e.status } : {}) },
          permanent ? 'failed' : undefined,
        );
        this.deliveries.inc({ channel, outcome: permanent ? 'rejected' : 'retry' });
        this.logger.warn({ message: 'delivery failed', channel, alertId: base.alertId, subscriptionId: base.subscriptionId, attempt: base.attempt, error: e.message });
        if (permanent) failures.push(e);
        else retryable ??= e;
        continue;
      }
      done();
      // Outside the try: a send the receiver accepted never gets a failure receipt or a `failed` mark.
      await this.log.record({ ...base, channel, outcome: 'delivered', status, durationMs: took(), at: new Date().toISOString() }, 'delivered');
      this.deliveries.inc({ channel, outcome: 'delivered' });
    }
    if (retryable && !finalAttempt) {
      await this.log.flushReceipts(base.alertId);
      throw retryable;
    }
    if (retryable || failures.length > 0) await this.log.clearMarks(base.alertId, 'failed');
    await this.log.flushReceipts(base.alertId);
    if (retryable) throw retryable;
    if (failures.length > 0) throw failures[0]!;
  }

  private async sendOn(channel: (typeof SENT_CHANNELS)[number], targets: DeliveryTargets, message: Message, id: string): Promise<number | undefined> {
    if (channel === 'webhook') {
      const hook = targets.webhook!;
      // Checked again at send time: a name that resolved to a public address may not any more.
      const problem = await webhookTargetProblem(hook.url, this.config.MARSAD_ALLOW_PRIVATE_WEBHOOKS);
      if (problem !== undefined) throw new UnrecoverableError(problem);
      return postWebhook(hook, hook.format === 'slack' ? slackMessage(message) : message, id, this.config.MARSAD_WEBHOOK_TIMEOUT_MS);
    }
    if (!this.mailer) throw new UnrecoverableError('e-mail is not configured on this deployment (MARSAD_SMTP_URL)');
    const reply = await this.mailer.send(emailMessage(message, targets.email!.to));
    const code = Number(/^\d{3}/.exec(reply)?.[0]);
    return Number.isInteger(code) ? code : undefined;
  }

  beforeApplicationShutdown(): void {
    this.mailer?.close();
  }
}
