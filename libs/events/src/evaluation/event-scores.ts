import type { ArticleEvent, Entity } from '#contracts';
import type { GoldArticle, GoldEvent } from './event-gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Share of matched events whose argument is right, over those where the gold has one. */
export interface ArgumentScore {
  right: number;
  of: number;
  accuracy: number;
}

export interface EventScores {
  articles: number;
  micro: Counts;
  perType: Record<string, Counts>;
  arguments: Record<'source' | 'target' | 'place' | 'killed' | 'wounded' | 'date', ArgumentScore>;
  /** Events whose source, target or place is named only in another story of the page (sample pages with stories). */
  crossStory: { events: number; checked: number };
  /** Every false positive (`fp`: predicted, no gold of its type there) and false negative (`fn`), with its evidence offsets. */
  errors: { article: string; kind: 'fp' | 'fn'; type: string; field: string; start: number; end: number }[];
}

const counts = (tp: number, fp: number, fn: number): Counts => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)) };
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * A predicted event matches a gold one of its type whose evidence (or, with
 * `restatements`, a restatement of it) its evidence overlaps.
 */
const matches = (p: ArticleEvent, g: GoldEvent, restatements: boolean): boolean =>
  p.type === g.type && p.evidence.field === g.evidence.field && [g.evidence, ...(restatements ? (g.alsoIn ?? []) : [])].some((r) => overlaps(p.evidence, r));

export interface ScoredArticle {
  gold: GoldArticle;
  predicted: readonly ArticleEvent[];
  entities: readonly Entity[];
}

/**
 * Event-type precision and recall (an event counts once, matched one to one
 * by type and evidence sentence), argument accuracy on the matched pairs, and
 * the events that borrow an actor or place from another story.
 */
export function scoreEvents(articles: readonly ScoredArticle[]): EventScores {
  const byType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
    const c = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    byType.set(type, c);
  };
  const args = { source: { right: 0, of: 0 }, target: { right: 0, of: 0 }, place: { right: 0, of: 0 }, killed: { right: 0, of: 0 }, wounded: { right: 0, of: 0 }, date: { right: 0, of: 0 } };
  const judge = (key: keyof typeof args, wanted: readonly unknown[], got: unknown) => {
    if (wanted.length === 0) return;
    args[key].of++;
    if (wanted.includes(got)) args[key].right++;
  };
  const crossStory = { events: 0, checked: 0 };
  const errors: EventScores['errors'] = [];
  const error = (article: string, kind: 'fp' | 'fn', e: { type: string; evidence: { field: string; start: number; end: number } }) =>
    errors.push({ article, kind, type: e.type, field: e.evidence.field, start: e.evidence.start, end: e.evidence.end });

  for (const { gold, predicted, entities } of articles) {
    const unmatched = new Set(gold.events);
    // Pairs by a gold event's own sentence first, then by its restatements: otherwise an event
    // told in a restatement's sentence could take a gold event whose own sentence another one tells.
    const pairs = new Map<ArticleEvent, GoldEvent>();
    for (const restatements of [false, true]) {
      for (const p of predicted) {
        if (pairs.has(p)) continue;
        const g = [...unmatched].find((candidate) => matches(p, candidate, restatements));
        if (g === undefined) continue;
        pairs.set(p, g);
        unmatched.delete(g);
      }
    }
    for (const p of predicted) {
      const g = pairs.get(p);
      if (g === undefined) {
        bump(p.type, 'fp');
        error(gold.rawId, 'fp', p);
      } else {
        bump(p.type, 'tp');
        judge('source', g.source ? [g.source, ...(g.coSources ?? []), ...(g.sourceFallback ? [g.sourceFallback] : [])] : [], p.source);
        judge('target', g.target ? [g.target, ...(g.coTargets ?? []), ...(g.targetFallback ? [g.targetFallback] : [])] : [], p.target);
        judge('place', g.place ? [g.place, ...(g.placesAlso ?? [])] : [], p.place);
        judge('killed', g.killed !== undefined ? [g.killed] : [], p.killed);
        judge('wounded', g.wounded !== undefined ? [g.wounded] : [], p.wounded);
        judge('date', g.date ? [g.date] : [], p.date);
      }
      if (gold.stories && gold.stories.length > 1) {
        crossStory.checked++;
        const story = gold.stories.find((s) => p.evidence.start >= s.start && p.evidence.start < s.end);
        const inStory = (id: string | undefined) =>
          id === undefined || id.startsWith('place:country:') || entities.some((e) => e.id === id && e.mentions.some((m) => story !== undefined && m.start >= story.start && m.end <= story.end));
        if (!inStory(p.source) || !inStory(p.target) || !inStory(p.place)) crossStory.events++;
      }
    }
    for (const g of unmatched) {
      bump(g.type, 'fn');
      error(gold.rawId, 'fn', g);
    }
  }
  const total = [...byType.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const score = (a: { right: number; of: number }): ArgumentScore => ({ ...a, accuracy: a.of === 0 ? 0 : Math.round((a.right / a.of) * 1000) / 1000 });
  return {
    articles: articles.length,
    micro: counts(total.tp, total.fp, total.fn),
    perType: Object.fromEntries([...byType].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => [t, counts(c.tp, c.fp, c.fn)])),
    arguments: { source: score(args.source), target: score(args.target), place: score(args.place), killed: score(args.killed), wounded: score(args.wounded), date: score(args.date) },
    crossStory,
    errors,
  };
}
