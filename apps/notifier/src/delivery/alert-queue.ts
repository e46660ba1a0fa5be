import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { QUEUES, type Alert, type AlertJobs } from '#contracts';

export const ALERT_QUEUE = Symbol('ALERT_QUEUE');
export type AlertQueue = Queue<AlertJobs['deliver'], number, 'deliver'>;

export interface DeliveryPolicy {
  attempts: number;
  backoffMs: number;
}

/**
 * How long a delivered alert's job is kept. While it exists, re-adding the
 * same alert id is a no-op: this is the window in which a replayed or
 * re-published article cannot alert twice.
 */
export const ALERT_DEDUP_WINDOW_SECONDS = 30 * 86_400;

/**
 * Retries with exponential backoff and jitter, so a recovering receiver is not
 * hit by every retry at once. Delivered jobs are kept for the dedup window,
 * and so are failed (parked) ones, with their error history, for redrive.
 */
export const alertJobOptions = ({ attempts, backoffMs }: DeliveryPolicy): DefaultJobOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: backoffMs, jitter: 0.5 },
  removeOnComplete: { age: ALERT_DEDUP_WINDOW_SECONDS },
  // Parked alerts stay for redrive as long as a delivered one blocks its duplicate.
  removeOnFail: { age: ALERT_DEDUP_WINDOW_SECONDS },
});

/** The queue is prefixed by namespace so deployments and test runs never share jobs. */
export function createAlertQueue(connection: ConnectionOptions, namespace: string, policy: DeliveryPolicy): AlertQueue {
  return new Queue<AlertJobs['deliver'], number, 'deliver'>(QUEUES.alerts, {
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

/** Closes the queue before its Redis connection goes (see RedisConnections). */
@Injectable()
export class AlertQueueCloser implements BeforeApplicationShutdown {
  constructor(@Inject(ALERT_QUEUE) private readonly queue: AlertQueue) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
