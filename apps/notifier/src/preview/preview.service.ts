import { Injectable } from '@nestjs/common';
import type { Alert, PreviewSubscription, Subscription } from '#contracts';
import { SubscriptionMatcher } from '../matching/subscription-matcher.js';
import { resolveMatch } from '../subscriptions/resolve-match.js';
import { TermResolver, type UnresolvedTerm } from '../subscriptions/term-resolver.js';
import { RecentArticles } from './recent-articles.js';

const SAMPLE_SIZE = 5;

export interface Preview {
  window: { from: string; to: string; articles: number };
  /** Alerts the subscription would have produced (before flow control: rate limits and digests fold, they do not drop). */
  alerts: number;
  articlesMatched: number;
  perDay: { date: string; alerts: number }[];
  /** The newest few, as they would have been sent. */
  sample: Alert[];
}

/** Runs a subscription, saved or draft, over the retained window of recent articles. */
@Injectable()
export class PreviewService {
  constructor(
    private readonly recent: RecentArticles,
    private readonly resolver: TermResolver,
  ) {}

  /** A draft as posted: its names resolved as saving would; unknown names are reported, not guessed. */
  async draft(request: PreviewSubscription, now = new Date()): Promise<{ ok: true; preview: Preview } | { ok: false; unresolved: UnresolvedTerm[] }> {
    const match = resolveMatch(this.resolver, request.match);
    if (!match.ok) return { ok: false, unresolved: match.unresolved };
    const subscription: Subscription = {
      id: 'sub_preview',
      name: request.name,
      status: 'active',
      match: match.match,
      delivery: {},
      flow: request.flow ?? {},
      createdAt: now.toISOString(),
    };
    return { ok: true, preview: await this.run(subscription, now) };
  }

  /** A saved subscription (paused ones too: previewing before resuming is the point). */
  async run(subscription: Subscription, now = new Date()): Promise<Preview> {
    // The window is older than the subscription: that is what a preview is for.
    const { activeSince: _since, ...listening } = subscription;
    const matcher = new SubscriptionMatcher([{ ...listening, status: 'active' }]);
    const window = await this.recent.window(now.getTime());
    const perDay = new Map<string, number>();
    const alerts: Alert[] = [];
    let articlesMatched = 0;
    for (const { at, article } of window.articles) {
      const found = matcher.match(article, new Date(at));
      if (found.length === 0) continue;
      articlesMatched++;
      const day = new Date(article.article.receivedAt ?? at).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + found.length);
      alerts.push(...found);
    }
    return {
      window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString(), articles: window.articles.length },
      alerts: alerts.length,
      articlesMatched,
      perDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, n]) => ({ date, alerts: n })),
      sample: alerts.slice(-SAMPLE_SIZE).reverse(),
    };
  }
}
