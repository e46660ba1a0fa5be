import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Observable, Subject, filter, map } from 'rxjs';
import { AlertSchema, type Alert } from '#contracts';
import { redisKey } from '#redis';

/**
 * Live alerts for server-sent events, across replicas: the replica that
 * delivers an alert publishes it on a Redis channel; every replica relays the
 * channel to the viewers connected to it.
 */
@Injectable()
export class AlertStream implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertStream.name);
  private readonly channel: string;
  private readonly alerts = new Subject<Alert>();
  private subscribed: Promise<unknown> | undefined;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    namespace: string,
  ) {
    this.channel = redisKey(namespace, 'alerts', 'live');
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const parsed = AlertSchema.safeParse(JSON.parse(message));
      if (parsed.success) this.alerts.next(parsed.data);
      else this.logger.warn({ message: 'ignored malformed live alert', issues: parsed.error.issues.length });
    });
  }

  async publish(alert: Alert): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(alert));
  }

  /** Alerts as they are delivered, optionally only those of the given subscriptions. */
  watch(subscriptionIds?: ReadonlySet<string>): Observable<{ id: string; type: string; data: string }> {
    this.subscribed ??= this.subscriber.subscribe(this.channel);
    return this.alerts.pipe(
      filter((a) => subscriptionIds === undefined || subscriptionIds.has(a.subscription.id)),
      map((a) => ({ id: a.alertId, type: 'alert', data: JSON.stringify(a) })),
    );
  }

  beforeApplicationShutdown(): void {
    // Ends open SSE responses; the connections themselves close with RedisConnections.
    this.alerts.complete();
  }
}
