import type { Redis } from 'ioredis';
import { alertIdOf, type Alert, type AlertChange, type EnrichedArticle } from '#contracts';
import { redisKey } from '#redis';

/** What a subscriber was told about an article: compared across versions to say what a correction changed. */
interface Facts {
  title: string;
  /** Labels of what matched: entities by name, keywords quoted, events by type and place. */
  matched: string[];
  /** Casualty figures per event label. */
  figures: Record<string, { killed?: number; wounded?: number; arrested?: number }>;
}

/**
 * The facts of a version: what matched, and the casualty figures of the
 * events the alerts were about — for an article alert (a place, an actor, a
 * keyword), of all the article's events, since a revised toll is the
 * correction a desk most needs to hear about. Events are named by type and
 * place ("ASSAULT at Hama"), which survive rewording where offsets do not.
 */
function factsOf(alerts: readonly Alert[], enriched: EnrichedArticle): Facts {
  const names = new Map(enriched.entities.map((e) => [e.id, e.name]));
  const label = (e: { type: string; place?: string | undefined }) => `${e.type}${e.place ? ` at ${names.get(e.place) ?? e.place}` : ''}`;
  const matches = alerts.flatMap((a) => a.matches);
  const matchedEvents = matches.flatMap((m) => (m.event ? [m.event] : []));
  const matched = new Set<string>();
  const figures: Facts['figures'] = {};
  for (const m of matches) if (!m.event) matched.add(m.entity?.name ?? `“${m.term}”`);
  for (const e of matchedEvents.length > 0 ? matchedEvents : enriched.events) {
    if (matchedEvents.length > 0) matched.add(label(e));
    const figs = definedFigures(e);
    if (Object.keys(figs).length > 0) figures[label(e)] = { ...figures[label(e)], ...figs };
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
  for (const label of after.matched) if (!before.matched.includes(label)) changes.push({ what: 'match_added', about: label });
  for (const [label, now] of Object.entries(after.figures)) {
    const was = before.figures[label] ?? {};
    for (const k of ['killed', 'wounded', 'arrested'] as const) {
      if (now[k] !== undefined && was[k] !== now[k]) changes.push({ what: k, about: label, ...(was[k] !== undefined ? { before: was[k] } : {}), after: now[k] });
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

  async plan(subscriptionId: string, enriched: EnrichedArticle, alerts: readonly Alert[]): Promise<VersionPlan> {
    const { id: articleId, contentHash } = enriched.article;
    const key = redisKey(this.namespace, 'alerted', subscriptionId, articleId);
    const state = await this.redis.hgetall(key);
    const facts = factsOf(alerts, enriched);
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
