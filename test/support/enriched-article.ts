import { createHash } from 'node:crypto';
import { EnrichedArticleSchema, type EnrichedArticle } from '#contracts';

type Event = EnrichedArticle['events'][number];

/**
 * An enriched article as the enricher would publish it, for tests that
 * exercise the notifier alone (flow control, corrections): the text is ours,
 * the events are given, and the content hash follows the text as ingest's does.
 */
export function enrichedArticle(a: { id: string; title: string; text: string; events?: Event[]; entities?: EnrichedArticle['entities'] }): EnrichedArticle {
  const now = new Date().toISOString();
  return EnrichedArticleSchema.parse({
    article: {
      id: a.id, title: a.title, text: a.text, language: 'ar', languageOrigin: 'declared', source: { name: 'test' },
      ingestedAt: now, receivedAt: now, contentHash: createHash('sha256').update(`${a.title}\n\n${a.text}`).digest('hex'),
    },
    entities: a.entities ?? [],
    events: a.events ?? [],
    enrichedAt: now,
    enricher: { version: 'test', knowledgeBase: 'none' },
  });
}

/** An event whose evidence is the sentence of `text` containing `sentence`. */
export function eventIn(text: string, sentence: string, event: Partial<Event> & Pick<Event, 'type' | 'severity'>): Event {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in the text`);
  return { cameo: '19', story: 0, confidence: 0.8, evidence: { field: 'text', start, end: start + sentence.length, text: sentence }, ...event };
}
