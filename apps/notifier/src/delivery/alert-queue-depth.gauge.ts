import { Inject, Injectable } from '@nestjs/common';
import { QUEUES } from '#contracts';
import { METRICS, MetricsRegistry } from '#observability';
import { ALERT_QUEUE, type AlertQueue } from './alert-queue.js';

/** The states an operator watches: backlog (waiting, delayed), work in hand (active), parked (failed). */
export const WATCHED_JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** `marsad_queue_jobs{queue,state}` for the `alerts` queue, counted in Redis at scrape time. */
@Injectable()
export class AlertQueueDepthGauge {
  constructor(@Inject(ALERT_QUEUE) queue: AlertQueue, metrics: MetricsRegistry) {
    metrics.gauge(METRICS.queueJobs, async (gauge) => {
      gauge.reset();
      let counts: Record<string, number>;
      try {
        counts = await queue.getJobCounts(...WATCHED_JOB_STATES);
      } catch {
        // Redis unreachable: no series (unknown is not zero); readiness reports the outage.
        return;
      }
      for (const state of WATCHED_JOB_STATES) gauge.set({ queue: QUEUES.alerts, state }, counts[state] ?? 0);
    });
  }
}
