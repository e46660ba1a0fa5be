import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Alert } from '#contracts';
import { AlertStream } from '../stream/alert-stream.js';

const KEEP = 20;

/** The latest alerts delivered (by any replica), so a dashboard opened now is not empty until the next one. */
@Injectable()
export class RecentAlerts implements OnModuleInit {
  private readonly latest: Alert[] = [];

  constructor(private readonly stream: AlertStream) {}

  onModuleInit(): void {
    // Ends with the stream's subject at shutdown.
    this.stream.all().subscribe((alert) => {
      this.latest.unshift(alert);
      this.latest.length = Math.min(this.latest.length, KEEP);
    });
  }

  /** Newest first. */
  list(): readonly Alert[] {
    return [...this.latest];
  }
}
