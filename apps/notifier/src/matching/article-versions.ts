import type { Redis } from 'ioredis';
import { alertIdOf, type Alert, type AlertChange } from '#contracts';
import { redisKey } from '#redis';

/** What a subscriber was told about an article: compared across versions to say what a correction changed. */
interface Facts {
  title: string;
  /** Labels of what matched: entities by name, keywords quoted, events by type and place. */
  matched: string[];
  /** Casualty figures per event label. */
  figures: Record<string, { killed?: number; wounded?: number; arrested?: number }>;
}

const eventLabel = (e: { type: string; place?: string | undefined }) => `${e.type}${e.place ? ` at ${e.place}` : ''}`;

function factsOf(alerts: readonly Alert[]): Facts {
  const matched = new Set<string>();
  const figures: Facts['figures'] = {};
  for (const m of alerts.flatMap((a) => a.matches)) {
    if (m.event) {
      const label = eventLabel(m.event);
      matched.add(label);
      figures[label] = { ...figures[label], ...definedFigures(m.event) };
    } else matched.add(m.entity?.name ?? `“${m.term}”`);
  }
  return { title: alerts[0]!.article.title, matched: [...matched].sort(), figures };
}

function definedFigures(e: { killed?: number | undefined; wounded?: number | undefined; arrested?: number | undefined }) {
  return Object.fromEntries((['killed', 'wounded', 'arrested'] as const).filter((k) => e[k] !== undefined).map((k) => [k, e[k]!]));
}

/** What changed between two versions, in the terms the subscriber was alerted in; empty if nothing they saw changed. */
export function changesBetween(before: Facts, after: Facts): AlertChange[] {
  const changes: AlertChange[] = [];
  if (before.title !== after.title) changes.push({ what: 'title', before: before.title, after: after.title });
  for (const label of after.matched) {
    const was = before.figures[label];
    const now = after.figures[label];
    if (!before.matched.includes(label)) changes.push({ what: 'match_added', about: label });
    else if (was && now) {
      for (const k of ['killed', 'wounded', 'arrested'] as const) {
        if (was[k] !== now[k]) changes.push({ what: k, about: label, ...(was[k] !== undefined ? { before: was[k] } : {}), ...(now[k] !== undefined ? { after: now[k] } : {}) });
      }
    }
  }
  for (const label of before.matched) if (!after.matched.includes(label)) changes.push({ what: 'match_removed', about: label });
  return changes;
}

export interface VersionPlan {
  /** Alerts to queue for this version: the new ones, one update, or none. */
  alerts: Alert[];
  /** Records the version as handled; call once the alerts are safely queued. */
  commit: () => Promise<void>;
}

/**
 * Corrections. Per subscription and article it remembers the first alert, the
 * facts last told and every content hash seen. A version seen before (a
 * replay) queues nothing. A new version of an article already alerted on
 * queues one `update` alert referring to the first, listing what changed —
 * or nothing, if what changed is not what the subscriber was told (a
 * reworded paragraph). The record is written after the alerts are queued: a
 * crash in between replays the version, and the queue's job ids absorb the repeat.
 */
export class ArticleVersions {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly ttlSeconds: number,
  ) {}

  async plan(subscriptionId: string, articleId: string, contentHash: string, alerts: readonly Alert[]): Promise<VersionPlan> {
    const key = redisKey(this.namespace, 'alerted', subscriptionId, articleId);
    const state = await this.redis.hgetall(key);
    const facts = factsOf(alerts);
    const seen = state['seen'] ? (JSON.parse(state['seen']) as string[]) : [];
    const save = (first: string, told: Facts) => async () => {
      await this.redis
        .multi()
        .hset(key, 'first', first, 'facts', JSON.stringify(told), 'seen', JSON.stringify([...seen, contentHash].slice(-20)))
        .expire(key, this.ttlSeconds)
        .exec();
    };
    if (seen.includes(contentHash)) return { alerts: [], commit: async () => undefined };
    if (!state['first']) return { alerts: [...alerts], commit: save(alerts[0]!.alertId, facts) };

    const before = JSON.parse(state['facts']!) as Facts;
    const changes = changesBetween(before, facts);
    if (changes.length === 0) return { alerts: [], commit: save(state['first'], before) };
    const latest = alerts[0]!;
    const update: Alert = {
      ...latest,
      kind: 'update',
      alertId: alertIdOf(subscriptionId, articleId, `upd-${contentHash.slice(0, 16)}`),
      update: { of: state['first'], changes },
      severity: Math.max(...alerts.map((a) => a.severity)),
      matches: alerts.flatMap((a) => a.matches),
    };
    return { alerts: [update], commit: save(state['first'], facts) };
  }
}
