/**
 * Document consistency (the two-stage idea of Krishnan & Manning 2006): news
 * names a person or an organisation once with its cue («الرئيس العراقي جلال
 * طالباني») and then bare («وقال طالباني»). A first pass tags the whole
 * document; the second sees, for each word, the types the first pass gave the
 * same word elsewhere in it.
 */

/** Entity type of a BIO tag, 'O' for O. */
const typeOf = (tag: string): string => (tag === 'O' ? 'O' : tag.slice(2));

/** Words worth remembering: short words and numbers repeat without being names. */
const MEMORABLE = /\p{L}{3}/u;

/** What most words get (no other occurrence): shared, so the common case allocates nothing. */
const NOTHING: readonly string[] = [];

export class DocumentMemory {
  /** Stem → type → how often the first pass gave that type. */
  private readonly seen = new Map<string, Map<string, number>>();

  /** Records a tagged sentence of the document (stems as token-features' SentenceView has them). */
  add(stems: readonly string[], tags: readonly string[]): void {
    stems.forEach((stem, i) => {
      if (!MEMORABLE.test(stem)) return;
      const byType = this.seen.get(stem) ?? new Map<string, number>();
      const type = typeOf(tags[i]!);
      byType.set(type, (byType.get(type) ?? 0) + 1);
      this.seen.set(stem, byType);
    });
  }

  /**
   * The types the first pass gave `stem` elsewhere in the document (its own
   * first-pass tag `tag` taken out, so a word alone in its document has
   * none): the values of the `doc` feature.
   */
  elsewhere(stem: string, tag: string): readonly string[] {
    const byType = this.seen.get(stem);
    if (byType === undefined) return NOTHING;
    const own = typeOf(tag);
    if (byType.size === 1 && byType.get(own) === 1) return NOTHING;
    const out: string[] = [];
    for (const [type, count] of byType) if (count - (type === own ? 1 : 0) > 0) out.push(type);
    return out;
  }
}
