import type { Entity } from '#contracts';
import { spansOf, type TaggedSentence, type TokenSpan } from './conll.js';
import { scoreSpans } from './span-scores.js';

/** CoNLL type of an entity mention, or undefined where NER corpora tag nothing (adjectives: «الفلسطينية» is O). */
function nerTypeOf(entity: Entity, form: string): string | undefined {
  if (form === 'adjective') return undefined;
  return entity.kind === 'place' ? 'LOC' : undefined;
}

/**
 * Runs an extractor over each sentence (tokens joined by spaces) and maps
 * its mentions back to token spans: a mention covers the tokens its
 * characters fall in.
 */
export function evaluateNer(sentences: readonly TaggedSentence[], extract: (text: string) => Entity[]) {
  const gold: TokenSpan[][] = [];
  const predicted: TokenSpan[][] = [];
  for (const { tokens, tags } of sentences) {
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
    const spans: TokenSpan[] = [];
    for (const entity of extract(text)) {
      for (const m of entity.mentions) {
        const type = nerTypeOf(entity, m.form);
        if (type !== undefined) spans.push({ type, start: tokenAt(m.start), end: tokenAt(m.end - 1) + 1 });
      }
    }
    gold.push(spansOf(tags));
    predicted.push(spans);
  }
  return scoreSpans(gold, predicted);
}
