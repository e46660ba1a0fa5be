import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Worker, type ConnectionOptions } from 'bullmq';
import { QUEUES, type AlertJobName, type AlertJobs } from '#contracts';
import type { DeliveryResult } from './alert-queue.js';
import { AlertDeliveryService } from './alert-delivery.service.js';

export interface WorkerSettings {
  connection: ConnectionOptions;
  namespace: string;
  concurrency: number;
}

/** BullMQ edge: each `alerts` job (an alert or a digest) goes to AlertDeliveryService; the worker closes cleanly on shutdown. */
@Injectable()
export class AlertDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertDeliveryWorker.name);
  private worker: Worker<AlertJobs[AlertJobName], DeliveryResult, AlertJobName> | undefined;

  constructor(
    private readonly delivery: AlertDeliveryService,
    private readonly settings: WorkerSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<AlertJobs[AlertJobName], DeliveryResult, AlertJobName>(QUEUES.alerts, (job, token) => this.delivery.deliver(job, token), {
      connection: this.settings.connection,
      prefix: this.settings.namespace,
      concurrency: this.settings.concurrency,
    });
    this.worker.on('error', (error) => this.logger.error({ message: 'worker error', error: error.message }));
    this.worker.on('failed', (job, error) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.logger.error({ message: 'alert parked as failed', alertId: job.id, attempts: job.attemptsMade, error: error.message });
      }
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
