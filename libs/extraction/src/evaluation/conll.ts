/** A sentence of a CoNLL NER file: tokens and their BIO tags. */
export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** A typed span over token positions, end exclusive. */
export interface TokenSpan {
  type: string;
  start: number;
  end: number;
}

/** Reads `token TAG` lines, blank line between sentences (ANERcorp's format). */
export function readConll(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { tokens: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const cut = line.lastIndexOf(' ');
    if (cut <= 0) throw new Error(`not a "token TAG" line: ${JSON.stringify(line)}`);
    current.tokens.push(line.slice(0, cut));
    current.tags.push(line.slice(cut + 1));
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/**
 * Entity spans of a BIO sequence. An I- tag that does not continue a span of
 * its type starts one (the lenient reading conlleval uses).
 */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.includes('-') ? [tag.slice(0, tag.indexOf('-')), tag.slice(tag.indexOf('-') + 1)] : [tag, ''];
    const continues = prefix === 'I' && open !== undefined && open.type === type;
    if (continues) {
      open!.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = prefix === 'B' || prefix === 'I' ? { type, start: i, end: i + 1 } : undefined;
  });
  if (open) spans.push(open);
  return spans;
}

/**
 * ANERcorp has no article boundaries, so runs of this many consecutive
 * sentences stand in for articles wherever the tagger needs documents
 * (training and eval-ner alike; see DocumentMemory).
 */
export const PSEUDO_DOCUMENT_SENTENCES = 16;

/** Consecutive runs of `size` items. */
export function documentsOf<T>(items: readonly T[], size = PSEUDO_DOCUMENT_SENTENCES): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
