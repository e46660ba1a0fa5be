import { Inject, Injectable } from '@nestjs/common';
import { ALERT_QUEUE, type AlertQueue } from './alert-queue.js';

export interface ParkedAlert {
  alertId: string;
  subscriptionId: string;
  articleId: string;
  attempts: number;
  reason: string;
  failedAt: string | undefined;
}

/** Alerts whose delivery gave up: listed per subscriber, and sent again on request. */
@Injectable()
export class ParkedAlertsService {
  constructor(@Inject(ALERT_QUEUE) private readonly queue: AlertQueue) {}

  async list(subscriptionIds: ReadonlySet<string>, limit = 100): Promise<ParkedAlert[]> {
    // Scans the newest 1,000 parked alerts of all subscribers; enough while
    // parking is rare. A per-subscription index is the next step if it is not.
    const jobs = await this.queue.getFailed(0, 999);
    return jobs
      .filter((job) => subscriptionIds.has(job.data.subscription.id))
      .slice(0, limit)
      .map((job) => ({
        alertId: job.id!,
        subscriptionId: job.data.subscription.id,
        articleId: job.data.article.id,
        attempts: job.attemptsMade,
        reason: job.failedReason,
        failedAt: job.finishedOn === undefined ? undefined : new Date(job.finishedOn).toISOString(),
      }));
  }

  /** Moves a parked alert back to the queue with a fresh set of attempts. */
  async redrive(alertId: string, subscriptionIds: ReadonlySet<string>): Promise<'redriven' | 'not_found' | 'not_failed'> {
    const job = await this.queue.getJob(alertId);
    if (!job || !subscriptionIds.has(job.data.subscription.id)) return 'not_found';
    if ((await job.getState()) !== 'failed') return 'not_failed';
    await job.retry('failed', { resetAttemptsMade: true });
    return 'redriven';
  }
}
