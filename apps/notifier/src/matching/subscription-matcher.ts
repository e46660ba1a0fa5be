import { PLACE_PRECISIONS, PLACE_TYPE_PRECISION, alertIdOf, isLinkedPlace, type Alert, type AlertMatch, type EnrichedArticle, type Entity, type Mention, type Subscription } from '#contracts';
import { sentenceAround, sentenceSpans } from '#text';
import { findKeyword, keywordText, type KeywordText } from './keyword-finder.js';

/** Mentions quoted per matched entity: enough to show why, short enough to read. */
const MENTIONS_PER_ENTITY = 3;

/**
 * Decides which subscriptions an enriched article fires, and builds their
 * alerts. Within one kind of term any may match (Hama OR Idlib); across
 * kinds all that the subscription names must match (a place AND an actor);
 * languages filter. A place term matches the place and everything inside it.
 * A subscription with event types (or a severity floor) fires once per
 * matching event instead, its places and actors applying to the event.
 *
 * Built once per subscription-set version: an inverted index from entity id
 * to subscriptions keeps the per-article cost proportional to the entities
 * in the article, not to the number of subscriptions.
 */
export class SubscriptionMatcher {
  private readonly byEntity = new Map<string, Subscription[]>();
  /** Subscriptions with no entity terms (keywords only): checked on every article. */
  private readonly unindexed: Subscription[] = [];

  constructor(subscriptions: readonly Subscription[]) {
    // Paused subscriptions match nothing: nothing is held back for their resumption.
    for (const s of subscriptions.filter((x) => x.status === 'active')) {
      const ids = [...s.match.places, ...s.match.actors].map((t) => t.id);
      // Indexed by term id; articles look up their entities' ids and ancestors.
      if (ids.length === 0) {
        this.unindexed.push(s);
        continue;
      }
      for (const id of new Set(ids)) {
        const list = this.byEntity.get(id) ?? [];
        list.push(s);
        this.byEntity.set(id, list);
      }
    }
  }

  match(enriched: EnrichedArticle, now = new Date()): Alert[] {
    const candidates = new Set<Subscription>(this.unindexed);
    for (const e of enriched.entities) {
      for (const id of [e.id, ...e.ancestors]) for (const s of this.byEntity.get(id) ?? []) candidates.add(s);
    }
    const alerts: Alert[] = [];
    const texts = new ArticleKeywordTexts(enriched.article);
    const { article } = enriched;
    const alert = (s: Subscription, key: string | undefined, matches: AlertMatch[]): Alert => ({
      kind: 'alert',
      alertId: alertIdOf(s.id, article.id, key),
      severity: severityOf(matches, enriched),
      subscription: { id: s.id, name: s.name },
      article: { id: article.id, url: article.url, title: article.title, language: article.language, publishedAt: article.publishedAt, receivedAt: article.receivedAt, source: article.source },
      matches,
      createdAt: now.toISOString(),
    });
    const arrived = Date.parse(article.receivedAt ?? article.ingestedAt);
    for (const s of candidates) {
      // Old news for a new (or resumed) subscription, met again in a replay: not an alert.
      if (s.activeSince !== undefined && arrived < Date.parse(s.activeSince)) continue;
      if (isEventSubscription(s)) {
        // One alert per event: its key is the event's, so a replay finds each job already there.
        for (const { key, matches } of this.evaluateEvents(s, enriched, texts)) alerts.push(alert(s, key, matches));
        continue;
      }
      const matches = this.evaluate(s, enriched, texts);
      if (matches !== undefined) alerts.push(alert(s, undefined, matches));
    }
    return alerts;
  }

  /**
   * An event subscription fires once per event of its types (and severity)
   * whose place lies inside one of its places and whose actor in the wanted
   * role is one of its actors or affiliated to one; keywords and languages
   * still apply to the article.
   */
  private evaluateEvents(s: Subscription, enriched: EnrichedArticle, texts: ArticleKeywordTexts): { key: string; matches: AlertMatch[] }[] {
    const { article, events } = enriched;
    const entities = usable(s, enriched.entities);
    if (s.match.languages.length > 0 && !s.match.languages.includes(article.language)) return [];
    const keywordHits = s.match.keywords.flatMap((k) => keywordMatches(k, enriched, texts));
    if (s.match.keywords.length > 0 && keywordHits.length === 0) return [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const within = (id: string | undefined, wanted: ReadonlySet<string>, affiliates = true) =>
      id !== undefined && (wanted.has(id) || (affiliates && (byId.get(id)?.ancestors ?? []).some((a) => wanted.has(a))));
    const places = new Set(s.match.places.map((t) => t.id));
    const actors = new Set(s.match.actors.map((t) => t.id));
    const role = s.match.actorRole;
    return events
      .filter((e) => s.match.eventTypes.length === 0 || s.match.eventTypes.includes(e.type))
      .filter((e) => e.severity >= (s.match.minSeverity ?? 0))
      // With a confidence or precision floor, the event's place must be among the entities that pass it.
      .filter((e) => places.size === 0 || (within(e.place, places) && (entities === enriched.entities || byId.has(e.place!))))
      .filter((e) => {
        const aff = s.match.actorAffiliates;
        return actors.size === 0 || (role !== 'target' && within(e.source, actors, aff)) || (role !== 'source' && within(e.target, actors, aff));
      })
      .map((e) => {
        const { evidence, confidence: _confidence, ...event } = e;
        const span = { field: evidence.field, start: evidence.start, end: evidence.end, text: evidence.text };
        return { key: `ev-${e.type}-${evidence.field}-${evidence.start}`, matches: [{ via: 'event' as const, term: e.type, event, mention: span, evidence: span }, ...keywordHits] };
      });
  }

  /** The matches that justify an alert, or undefined if the subscription does not fire. */
  private evaluate(s: Subscription, enriched: EnrichedArticle, texts: ArticleKeywordTexts): AlertMatch[] | undefined {
    const { article } = enriched;
    const entities = usable(s, enriched.entities);
    if (s.match.languages.length > 0 && !s.match.languages.includes(article.language)) return undefined;

    const found: AlertMatch[] = [];
    if (s.match.places.length > 0) {
      const wanted = new Set(s.match.places.map((t) => t.id));
      const hits = entities.filter((e) => isLinkedPlace(e) && (wanted.has(e.id) || e.ancestors.some((a) => wanted.has(a))));
      if (hits.length === 0) return undefined;
      for (const e of hits) found.push(...entityMatches('place', termFor(e, wanted), e, enriched));
    }
    if (s.match.actors.length > 0) {
      // An actor matches itself, and actors affiliated to it: Russia catches
      // its defence ministry and its minister (named in the knowledge base, or
      // an unknown minister by his title). A place inside Russia does not.
      const wanted = new Set(s.match.actors.map((t) => t.id));
      const affiliates = s.match.actorAffiliates;
      const hits = entities.filter((e) => wanted.has(e.id) || (affiliates && !isLinkedPlace(e) && e.ancestors.some((a) => wanted.has(a))));
      if (hits.length === 0) return undefined;
      for (const e of hits) found.push(...entityMatches('actor', termFor(e, wanted), e, enriched));
    }
    if (s.match.keywords.length > 0) {
      const hits = s.match.keywords.flatMap((k) => keywordMatches(k, enriched, texts));
      if (hits.length === 0) return undefined;
      found.push(...hits);
    }
    return found.length > 0 ? found : undefined;
  }
}

/**
 * The entities a subscription may match on: at least as confident as it
 * asks, and places at least as precise (a `province` floor drops mentions
 * of the country or a region as a whole).
 */
function usable(s: Subscription, entities: readonly Entity[]): readonly Entity[] {
  const { minConfidence, minPlacePrecision } = s.match;
  if (minConfidence === undefined && minPlacePrecision === undefined) return entities;
  const floor = minPlacePrecision === undefined ? 0 : PLACE_PRECISIONS.indexOf(minPlacePrecision);
  return entities.filter((e) => {
    if (minConfidence !== undefined && e.confidence < minConfidence) return false;
    if (floor === 0 || !isLinkedPlace(e)) return true;
    const precision = PLACE_TYPE_PRECISION[e.category];
    return precision !== undefined && PLACE_PRECISIONS.indexOf(precision) >= floor;
  });
}

/** An alert's severity: its events' highest, or for an article alert the article's most severe event. */
function severityOf(matches: readonly AlertMatch[], enriched: EnrichedArticle): number {
  const own = matches.flatMap((m) => (m.event ? [m.event.severity] : []));
  return Math.max(0, ...(own.length > 0 ? own : enriched.events.map((e) => e.severity)));
}

/** Subscriptions about events (types or a severity floor) fire per event, not per article. */
const isEventSubscription = (s: Subscription): boolean => s.match.eventTypes.length > 0 || s.match.minSeverity !== undefined;

const termFor = (e: Entity, wanted: ReadonlySet<string>): string => (wanted.has(e.id) ? e.id : e.ancestors.find((a) => wanted.has(a))!);

function entityMatches(via: 'place' | 'actor', term: string, e: Entity, enriched: EnrichedArticle): AlertMatch[] {
  return e.mentions.slice(0, MENTIONS_PER_ENTITY).map((m) => ({
    via,
    term,
    entity: { id: e.id, type: e.type, category: e.category, name: e.name, nameAr: e.nameAr },
    mention: { field: m.field, start: m.start, end: m.end, text: m.text },
    evidence: evidenceOf(m, enriched),
  }));
}

function evidenceOf(m: Mention, enriched: EnrichedArticle): AlertMatch['evidence'] {
  const source = enriched.article[m.sentence.field];
  return { ...m.sentence, text: source.slice(m.sentence.start, m.sentence.end) };
}

/** The article's title and text prepared for keyword search once, however many keyword subscriptions look. */
class ArticleKeywordTexts {
  private readonly prepared = new Map<'title' | 'text', KeywordText>();

  constructor(private readonly article: EnrichedArticle['article']) {}

  get(field: 'title' | 'text'): KeywordText {
    let t = this.prepared.get(field);
    if (t === undefined) {
      t = keywordText(this.article[field]);
      this.prepared.set(field, t);
    }
    return t;
  }
}

function keywordMatches(keyword: string, enriched: EnrichedArticle, texts: ArticleKeywordTexts): AlertMatch[] {
  for (const field of ['title', 'text'] as const) {
    const source = enriched.article[field];
    const hit = findKeyword(texts.get(field), keyword);
    if (!hit) continue;
    const sentence = sentenceAround(sentenceSpans(source), hit.start, hit.end);
    return [
      {
        via: 'keyword',
        term: keyword,
        mention: { field, start: hit.start, end: hit.end, text: source.slice(hit.start, hit.end) },
        evidence: { field, start: sentence.start, end: sentence.end, text: source.slice(sentence.start, sentence.end) },
      },
    ];
  }
  return [];
}
