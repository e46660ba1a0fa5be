import type { EntityExtractor } from '../entity-extractor.js';
import { CONLL_TYPES, type NameSource } from '../name-hit.js';
import { documentsOf, spansOf, type TaggedSentence, type TokenSpan } from './conll.js';
import { scoreSpans } from './span-scores.js';

/** A predicted span and how the extractor found it. */
export interface SourcedSpan extends TokenSpan {
  source: NameSource;
}

/**
 * What the enricher finds in tokenised sentences, as token spans per
 * sentence. ANERcorp has no article boundaries, so runs of consecutive
 * sentences stand in for articles (documentsOf): each run becomes one text,
 * a sentence per line, and the extractor runs on it exactly as on an
 * article (the tagger sees the run as one document). Places named by their
 * adjective («الفلسطينية») and state bodies named by description («الجيش
 * اللبناني») are left out: ANERcorp tags them O.
 */
export function extractedSpans(extractor: EntityExtractor, sentences: readonly (readonly string[])[]): SourcedSpan[][] {
  return documentsOf(sentences).flatMap((doc) => {
    // Offsets of every token in the joined text: [sentence][token] → start.
    const starts: number[][] = [];
    let text = '';
    for (const tokens of doc) {
      if (text.length > 0) text += '\n';
      starts.push(tokens.map((t, i) => {
        if (i > 0) text += ' ';
        const at = text.length;
        text += t;
        return at;
      }));
    }
    const out: SourcedSpan[][] = doc.map(() => []);
    const locate = (offset: number): [number, number] => {
      let s = starts.length - 1;
      while (s > 0 && starts[s]![0]! > offset) s--;
      let i = starts[s]!.length - 1;
      while (i > 0 && starts[s]![i]! > offset) i--;
      return [s, i];
    };
    for (const h of extractor.names({ title: '', text })) {
      if (h.form === 'adjective' || h.form === 'description') continue;
      const [s, first] = locate(h.start);
      const [, last] = locate(h.end - 1);
      out[s]!.push({ type: CONLL_TYPES[h.type], start: first, end: last + 1, source: h.source });
    }
    return out;
  });
}

/** Exact-span scores of `predicted` (spans per sentence) on gold sentences. */
export function evaluateNer(sentences: readonly TaggedSentence[], predicted: readonly TokenSpan[][]) {
  return scoreSpans(
    sentences.map((s) => spansOf(s.tags)),
    predicted,
  );
}

/**
 * Precision of each way of finding names (knowledge base, titles, tagger …)
 * over PERS, LOC and ORG, and per source and type (`tagger/PERS`): the
 * basis of the confidences in confidence.ts.
 */
export function precisionBySource(sentences: readonly TaggedSentence[], predicted: readonly SourcedSpan[][]): Record<string, { tp: number; fp: number; precision: number }> {
  const out: Record<string, { tp: number; fp: number; precision: number }> = {};
  sentences.forEach((s, j) => {
    const gold = new Set(spansOf(s.tags).map((g) => `${g.type}:${g.start}:${g.end}`));
    for (const p of predicted[j] ?? []) {
      const right = gold.has(`${p.type}:${p.start}:${p.end}`);
      for (const key of [p.source, `${p.source}/${p.type}`]) {
        const row = (out[key] ??= { tp: 0, fp: 0, precision: 0 });
        if (right) row.tp++;
        else row.fp++;
      }
    }
  });
  for (const row of Object.values(out)) row.precision = Math.round((row.tp / Math.max(1, row.tp + row.fp)) * 1000) / 1000;
  return out;
}
