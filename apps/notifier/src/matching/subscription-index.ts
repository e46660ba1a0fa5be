import { Injectable } from '@nestjs/common';
import { SubscriptionStore } from '../subscriptions/subscription.store.js';
import { SubscriptionMatcher } from './subscription-matcher.js';

/**
 * The matcher for the current subscription set. One GET per article checks
 * the version counter; the set is reloaded only when some replica changed it.
 */
@Injectable()
export class SubscriptionIndex {
  private current: { version: string; matcher: SubscriptionMatcher } | undefined;

  constructor(private readonly store: SubscriptionStore) {}

  async matcher(): Promise<SubscriptionMatcher> {
    const version = await this.store.version();
    if (this.current?.version !== version) {
      this.current = { version, matcher: new SubscriptionMatcher(await this.store.all()) };
    }
    return this.current.matcher;
  }
}
