import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { QUEUES, digestIdOf, type Alert, type AlertJobName, type AlertJobs, type DigestJob } from '#contracts';

export const ALERT_QUEUE = Symbol('ALERT_QUEUE');
/** `deliver` jobs carry an alert, `digest` jobs a window to collect; both return what became of them. */
export type AlertQueue = Queue<AlertJobs[AlertJobName], DeliveryResult, AlertJobName>;
/** `delivered` on every channel; `digested` into a digest; `empty`: a digest whose alerts an earlier one took. */
export type DeliveryResult = 'delivered' | 'digested' | 'empty';

export interface DeliveryPolicy {
  attempts: number;
  backoffMs: number;
  /**
   * How long a finished job is kept (MARSAD_ALERT_RETENTION_DAYS). While it
   * exists, re-adding the same alert id is a no-op: this is the window in
   * which a replayed or re-published article cannot alert twice.
   */
  retentionSeconds: number;
}

/**
 * Retries with exponential backoff and jitter, so a recovering receiver is not
 * hit by every retry at once. Delivered jobs are kept for the dedup window,
 * and so are failed (parked) ones, with their error history, for redrive.
 */
export const alertJobOptions = ({ attempts, backoffMs, retentionSeconds }: DeliveryPolicy): DefaultJobOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: backoffMs, jitter: 0.5 },
  removeOnComplete: { age: retentionSeconds },
  // Parked alerts stay for redelivery as long as a delivered one blocks its duplicate.
  removeOnFail: { age: retentionSeconds },
});

/** The queue is prefixed by namespace so deployments and test runs never share jobs. */
export function createAlertQueue(connection: ConnectionOptions, namespace: string, policy: DeliveryPolicy): AlertQueue {
  return new Queue<AlertJobs[AlertJobName], DeliveryResult, AlertJobName>(QUEUES.alerts, {
    connection,
    prefix: namespace,
    defaultJobOptions: alertJobOptions(policy),
  });
}

/**
 * Enqueues an alert with its dedup key as job id: BullMQ ignores an add whose
 * id already exists (while the job is kept), which is what makes replays
 * harmless.
 */
export async function enqueueAlert(queue: AlertQueue, alert: Alert): Promise<void> {
  await queue.add('deliver', alert, { jobId: alert.alertId });
}

/**
 * Schedules the digest of a window for its end; the first alert of the
 * window schedules it, the rest find it there. If that job has parked (its
 * receiver was down), an alert still joining the window retries it, so the
 * window's alerts are not left waiting for a digest that will not run.
 */
export async function enqueueDigest(queue: AlertQueue, digest: DigestJob, now = Date.now()): Promise<string> {
  const jobId = digestIdOf(digest.subscriptionId, digest.to);
  await queue.add('digest', digest, { jobId, delay: Math.max(0, digest.to - now) });
  if ((await queue.getJobState(jobId)) === 'failed') {
    // Another alert of the window may retry it at the same moment: one retry is enough.
    await (await queue.getJob(jobId))?.retry('failed', { resetAttemptsMade: true }).catch(async (error: unknown) => {
      if ((await queue.getJobState(jobId)) === 'failed') throw error;
    });
  }
  return jobId;
}

/** Closes the queue before its Redis connection goes (see RedisConnections). */
@Injectable()
export class AlertQueueCloser implements BeforeApplicationShutdown {
  constructor(@Inject(ALERT_QUEUE) private readonly queue: AlertQueue) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
