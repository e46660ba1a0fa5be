export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Sentence boundaries: after . ! ? ؟ … (and a closing quote or bracket) when
 * whitespace follows, and at every line break, since paragraphs never share
 * a sentence. A period between two Latin capitals ("U.S.", "D.C.") does not end one.
 */
const BOUNDARY = /(?<![A-Z]\.[A-Z])(?<!\b[A-Z])[.!?؟…]+["'»”)\]]*(?=\s)|\n+/gu;

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const isBreak = m[0].startsWith('\n');
    push(isBreak ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

/** The sentence containing [start, end), or the whole text if none does. */
export function sentenceAround(spans: readonly SentenceSpan[], start: number, end: number): SentenceSpan {
  return spans.find((s) => s.start <= start && end <= s.end) ?? { start: 0, end: spans.at(-1)?.end ?? end };
}
