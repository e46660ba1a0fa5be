import { Injectable } from '@nestjs/common';
import type kafkajs from 'kafkajs';
import type { HealthCheck } from '#observability';

/**
 * Whether this service's consumer is a member of its group with partitions
 * assigned, as a readiness check: a service that answers HTTP but consumes
 * nothing (still joining, rebalancing, crashed) is not ready.
 */
@Injectable()
export class ConsumerGroupMembership implements HealthCheck {
  readonly name = 'kafka-consumer';
  private state: 'not started' | 'joined' | 'rebalancing' | 'stopped' | 'crashed' = 'not started';

  /**
   * Follows the consumer from now on. kafkajs' `run()` resolves only after
   * the first join, which is before this is called: so it starts as joined.
   */
  watch(consumer: kafkajs.Consumer): void {
    this.state = 'joined';
    const { GROUP_JOIN, REBALANCING, STOP, CRASH, DISCONNECT } = consumer.events;
    consumer.on(GROUP_JOIN, () => (this.state = 'joined'));
    consumer.on(REBALANCING, () => (this.state = 'rebalancing'));
    consumer.on(STOP, () => (this.state = 'stopped'));
    consumer.on(DISCONNECT, () => (this.state = 'stopped'));
    consumer.on(CRASH, () => (this.state = 'crashed'));
  }

  check(): Promise<void> {
    return this.state === 'joined' ? Promise.resolve() : Promise.reject(new Error(`consumer ${this.state}`));
  }
}
