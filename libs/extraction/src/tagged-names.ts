import { tokenizeWithPunctuation, type SentenceSpan } from '#text';
import { spansOf } from './evaluation/conll.js';
import { entityTypeOfConll, type NameHit } from './name-hit.js';
import type { NerTagger } from './tagger/ner-tagger.js';

/**
 * Names the statistical tagger finds, sentence by sentence, as offsets in
 * the original text. The tagger sees tokens split the way its training
 * corpus was (punctuation apart), one sentence at a time, as it was trained.
 */
export function taggedNames(tagger: NerTagger, text: string, sentences: readonly SentenceSpan[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const sentence of sentences) {
    const tokens = tokenizeWithPunctuation(text.slice(sentence.start, sentence.end));
    if (tokens.length === 0) continue;
    for (const span of spansOf(tagger.tag(tokens.map((t) => t.text)))) {
      const type = entityTypeOfConll(span.type);
      if (type === undefined) continue;
      hits.push({ type, start: sentence.start + tokens[span.start]!.start, end: sentence.start + tokens[span.end - 1]!.end, form: 'name', source: 'tagger' });
    }
  }
  return hits;
}
