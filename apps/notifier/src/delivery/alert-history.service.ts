import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Alert, AlertJobName, AlertJobs, Digest, DigestJob, Receipt } from '#contracts';
import { ALERT_QUEUE, type AlertQueue, type DeliveryResult } from './alert-queue.js';
import { DeliveryLog } from './delivery-log.js';
import { FlowControl } from './flow-control.js';

export const ALERT_STATUSES = ['queued', 'scheduled', 'sending', 'retrying', 'delivered', 'digested', 'failed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** One alert or digest as `GET /v1/alerts` shows it: where it stands, and every attempt's outcome. */
export interface AlertRecord {
  id: string;
  kind: Alert['kind'] | Digest['kind'];
  subscriptionId: string;
  articleId?: string;
  title?: string;
  status: AlertStatus;
  createdAt: string;
  attempts: Receipt[];
}

export interface AlertQuery {
  subscriptionIds: readonly string[];
  status?: AlertStatus;
  since: number;
  until: number;
  limit: number;
}

/** Candidates read per page when filtering by status: bounds the work of one request. */
const SCAN_LIMIT = 1_000;

/**
 * Alert history and redelivery over the queue's own jobs (kept for the
 * retention period) and the delivery log's index and receipts. Callers pass
 * the subscription ids the tenant owns; nothing else is ever read.
 */
@Injectable()
export class AlertHistoryService {
  constructor(
    @Inject(ALERT_QUEUE) private readonly queue: AlertQueue,
    private readonly log: DeliveryLog,
    private readonly flow: FlowControl,
  ) {}

  async list(q: AlertQuery): Promise<AlertRecord[]> {
    const scan = q.status === undefined ? q.limit : SCAN_LIMIT;
    const ids = (await Promise.all(q.subscriptionIds.map((s) => this.log.ids(s, q.since, q.until, scan))))
      .flat()
      .sort((a, b) => b.at - a.at)
      .slice(0, scan);
    const records = await Promise.all(ids.map(({ id }) => this.record(id)));
    return records.filter((r): r is AlertRecord => r !== undefined && (q.status === undefined || r.status === q.status)).slice(0, q.limit);
  }

  /** The record of one alert, if it belongs to one of `subscriptionIds`. */
  async get(id: string, subscriptionIds: ReadonlySet<string>): Promise<(AlertRecord & { message: Alert | DigestJob }) | undefined> {
    const job = await this.queue.getJob(id);
    if (!job || !subscriptionIds.has(subscriptionOf(job))) return undefined;
    const record = await this.recordOf(job);
    return record && { ...record, message: job.data };
  }

  /**
   * Sends an alert again. A parked one is retried on the channels that failed;
   * a delivered (or digested) one is sent again on every channel, now, under
   * the same alert id, so a receiver that kept it can recognise it.
   */
  async redeliver(id: string, subscriptionIds: ReadonlySet<string>): Promise<'queued' | 'not_found' | 'in_progress'> {
    const job = await this.queue.getJob(id);
    if (!job || !subscriptionIds.has(subscriptionOf(job))) return 'not_found';
    const state = await job.getState();
    try {
      if (state === 'failed') {
        await this.log.clearMarks(id, 'failed');
        await job.retry('failed', { resetAttemptsMade: true });
        return 'queued';
      }
      if (state === 'completed') {
        await this.log.clearMarks(id, 'all');
        if (job.name === 'deliver') await this.flow.sendNow(id, subscriptionOf(job));
        await job.retry('completed', { resetAttemptsMade: true });
        return 'queued';
      }
    } catch (error) {
      // The job moved between reading its state and retrying it (a concurrent redelivery): it is on its way.
      if ((await job.getState()) !== state) return 'in_progress';
      throw error;
    }
    return 'in_progress';
  }

  private async record(id: string): Promise<AlertRecord | undefined> {
    const job = await this.queue.getJob(id);
    return job && this.recordOf(job);
  }

  private async recordOf(job: Job<AlertJobs[AlertJobName], DeliveryResult, AlertJobName>): Promise<AlertRecord | undefined> {
    const [state, attempts] = await Promise.all([job.getState(), this.log.attempts(job.id!)]);
    const status = statusOf(state, job);
    if (status === undefined) return undefined;
    const data = job.data;
    const alert = job.name === 'deliver' ? (data as Alert) : undefined;
    return {
      id: job.id!,
      kind: alert ? alert.kind : 'digest',
      subscriptionId: subscriptionOf(job),
      ...(alert ? { articleId: alert.article.id, title: alert.article.title } : {}),
      status,
      createdAt: new Date(alert ? Date.parse(alert.createdAt) : (data as DigestJob).to).toISOString(),
      attempts,
    };
  }
}

const subscriptionOf = (job: Job<AlertJobs[AlertJobName]>): string =>
  job.name === 'deliver' ? (job.data as Alert).subscription.id : (job.data as DigestJob).subscriptionId;

function statusOf(state: string, job: Job<unknown, DeliveryResult>): AlertStatus | undefined {
  switch (state) {
    case 'completed':
      // A digest whose alerts an earlier digest took was never a message: not listed.
      return job.returnvalue === 'empty' ? undefined : job.returnvalue === 'digested' ? 'digested' : 'delivered';
    case 'failed':
      return 'failed';
    case 'active':
      return 'sending';
    case 'delayed':
      return job.attemptsMade > 0 ? 'retrying' : 'scheduled';
    case 'waiting':
    case 'waiting-children':
    case 'prioritized':
      return 'queued';
    default:
      // `unknown`: removed (retention) between reading the job and its state.
      return undefined;
  }
}
