import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Observable, Subject, filter, map } from 'rxjs';
import { AlertSchema, type Alert } from '#contracts';
import { decodeContractRecord } from '#kafka';
import { redisKey } from '#redis';

/** How long "already shown live" is remembered per alert. */
const SHOWN_TTL_SECONDS = 7 * 86_400;

/**
 * Live alerts for server-sent events, across replicas: the replica that
 * delivers an alert publishes it on a Redis channel; every replica relays the
 * channel to the viewers connected to it.
 */
@Injectable()
export class AlertStream implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertStream.name);
  private readonly channel: string;
  private readonly namespace: string;
  private readonly alerts = new Subject<Alert>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    namespace: string,
  ) {
    this.namespace = namespace;
    this.channel = redisKey(namespace, 'alerts', 'live');
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.relay(message);
    });
  }

  /** Subscribed before the app serves, so no alert published after boot is missed. */
  async onModuleInit(): Promise<void> {
    await this.subscriber.subscribe(this.channel);
  }

  /**
   * Shows an alert live once, however often its delivery is retried or
   * redriven; true if this call showed it. If publishing fails the mark is
   * removed and the error thrown, so the retry shows it.
   */
  async publishOnce(alert: Alert): Promise<boolean> {
    const shown = redisKey(this.namespace, 'alerts', 'shown', alert.alertId);
    if ((await this.publisher.set(shown, '1', 'EX', SHOWN_TTL_SECONDS, 'NX')) !== 'OK') return false;
    try {
      await this.publisher.publish(this.channel, JSON.stringify(alert));
    } catch (error) {
      await this.publisher.del(shown);
      throw error;
    }
    return true;
  }

  /** Every alert as it is delivered (the ops dashboard's feed). */
  all(): Observable<Alert> {
    return this.alerts.asObservable();
  }

  /** Alerts as they are delivered, optionally only those of the given subscriptions. */
  watch(subscriptionIds?: ReadonlySet<string>): Observable<{ id: string; type: string; data: string }> {
    return this.alerts.pipe(
      filter((a) => subscriptionIds === undefined || subscriptionIds.has(a.subscription.id)),
      map((a) => ({ id: a.alertId, type: 'alert', data: JSON.stringify(a) })),
    );
  }

  beforeApplicationShutdown(): void {
    // Ends open SSE responses; the connections themselves close with RedisConnections.
    this.alerts.complete();
  }

  private relay(message: string): void {
    const parsed = decodeContractRecord(AlertSchema, Buffer.from(message, 'utf8'));
    if (parsed.ok) this.alerts.next(parsed.value);
    // Only a foreign publisher on our channel sends these; viewers are not to see them.
    else this.logger.warn({ message: 'ignored a malformed message on the live channel', channel: this.channel });
  }
}
