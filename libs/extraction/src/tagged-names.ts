import { tokenizeWithPunctuation, type SentenceSpan } from '#text';
import { spansOf } from './evaluation/conll.js';
import { entityTypeOfConll, type NameHit } from './name-hit.js';
import type { NerTagger } from './tagger/ner-tagger.js';

/**
 * Names the statistical tagger finds, as offsets in the original text. The
 * tagger sees the text's sentences as one document (a name found in one
 * sentence helps find it in the others), each split the way its training
 * corpus was (punctuation apart).
 */
export function taggedNames(tagger: NerTagger, text: string, sentences: readonly SentenceSpan[]): NameHit[] {
  const tokenised = sentences.map((s) => tokenizeWithPunctuation(text.slice(s.start, s.end)));
  const tags = tagger.tagDocument(tokenised.map((tokens) => tokens.map((t) => t.text)));
  const hits: NameHit[] = [];
  tokenised.forEach((tokens, j) => {
    const offset = sentences[j]!.start;
    for (const span of spansOf(tags[j]!)) {
      const type = entityTypeOfConll(span.type);
      if (type === undefined) continue;
      hits.push({ type, start: offset + tokens[span.start]!.start, end: offset + tokens[span.end - 1]!.end, form: 'name', source: 'tagger' });
    }
  });
  return hits;
}
