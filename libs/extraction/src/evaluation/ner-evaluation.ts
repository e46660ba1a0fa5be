import type { EntityExtractor } from '../entity-extractor.js';
import { CONLL_TYPES, type NameSource } from '../name-hit.js';
import { spansOf, type TaggedSentence, type TokenSpan } from './conll.js';
import { scoreSpans } from './span-scores.js';

/** A predicted span and how the extractor found it. */
export interface SourcedSpan extends TokenSpan {
  source: NameSource;
}

/**
 * What the enricher finds in a tokenised sentence, as token spans: the
 * extractor runs on the tokens joined by spaces, exactly as on an article.
 * Places named by their adjective («الفلسطينية») and state bodies named by
 * description («الجيش اللبناني») are left out: ANERcorp tags them O.
 */
export function extractedSpans(extractor: EntityExtractor, tokens: readonly string[]): SourcedSpan[] {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    starts.push(text.length === 0 ? 0 : text.length + 1);
    text = text.length === 0 ? t : `${text} ${t}`;
  }
  const tokenAt = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return i;
  };
  return extractor
    .names({ title: '', text })
    .filter((h) => h.form !== 'adjective' && h.form !== 'description')
    .map((h) => ({ type: CONLL_TYPES[h.type], start: tokenAt(h.start), end: tokenAt(h.end - 1) + 1, source: h.source }));
}

/** Exact-span scores of `predict` on gold sentences. */
export function evaluateNer(sentences: readonly TaggedSentence[], predict: (tokens: readonly string[]) => TokenSpan[]) {
  return scoreSpans(
    sentences.map((s) => spansOf(s.tags)),
    sentences.map((s) => predict(s.tokens)),
  );
}

/**
 * Precision of each way of finding names (knowledge base, titles, tagger …)
 * over PERS, LOC and ORG, and per source and type (`tagger/PERS`): the
 * basis of the confidences in confidence.ts.
 */
export function precisionBySource(sentences: readonly TaggedSentence[], predict: (tokens: readonly string[]) => SourcedSpan[]): Record<string, { tp: number; fp: number; precision: number }> {
  const out: Record<string, { tp: number; fp: number; precision: number }> = {};
  for (const s of sentences) {
    const gold = new Set(spansOf(s.tags).map((g) => `${g.type}:${g.start}:${g.end}`));
    for (const p of predict(s.tokens)) {
      const right = gold.has(`${p.type}:${p.start}:${p.end}`);
      for (const key of [p.source, `${p.source}/${p.type}`]) {
        const row = (out[key] ??= { tp: 0, fp: 0, precision: 0 });
        if (right) row.tp++;
        else row.fp++;
      }
    }
  }
  for (const row of Object.values(out)) row.precision = Math.round((row.tp / Math.max(1, row.tp + row.fp)) * 1000) / 1000;
  return out;
}
