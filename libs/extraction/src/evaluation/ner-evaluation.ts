import type { EntityExtractor } from '../entity-extractor.js';
import type { NerTagger } from '../tagger/ner-tagger.js';
import { documentsOf, spansOf, type TaggedSentence, type TokenSpan } from './conll.js';
import { scoreSpans } from './span-scores.js';

/** CoNLL type of a knowledge-base entity: places LOC, persons PERS, every other actor ORG. */
const conllType = (kind: string, type: string): string => (kind === 'place' ? 'LOC' : type === 'person' ? 'PERS' : 'ORG');

/** Token spans of the knowledge-base entities named (not by adjective) in a tokenised sentence. */
export function knowledgeBaseSpans(extractor: EntityExtractor, tokens: readonly string[]): TokenSpan[] {
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
  // ANERcorp tags adjectives («الفلسطينية») O, so adjective mentions are not LOC spans.
  return extractor
    .extract({ title: '', text })
    .flatMap((e) => e.mentions.filter((m) => m.form !== 'adjective').map((m) => ({ type: conllType(e.kind, e.type), start: tokenAt(m.start), end: tokenAt(m.end - 1) + 1 })));
}

const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;

/**
 * Names in each sentence as `eval-ner` scores them: the tagger's spans (each
 * pseudo-document tagged as one document, see documentsOf), plus
 * knowledge-base entities where the tagger found nothing (measured on
 * ANERcorp dev: the union beats either alone). The enricher does not run the
 * tagger yet; it emits the knowledge-base entities.
 */
export function combinedSpans(tagger: NerTagger | undefined, extractor: EntityExtractor, sentences: readonly (readonly string[])[]): TokenSpan[][] {
  const tagged = tagger ? documentsOf(sentences).flatMap((doc) => tagger.tagDocument(doc).map(spansOf)) : sentences.map(() => []);
  return sentences.map((tokens, j) => {
    const known = knowledgeBaseSpans(extractor, tokens);
    return [...tagged[j]!, ...known.filter((k) => !tagged[j]!.some((t) => overlaps(t, k)))];
  });
}

/** Exact-span scores of `predicted` (spans per sentence) on gold sentences. */
export function evaluateNer(sentences: readonly TaggedSentence[], predicted: readonly TokenSpan[][]) {
  return scoreSpans(
    sentences.map((s) => spansOf(s.tags)),
    predicted,
  );
}
