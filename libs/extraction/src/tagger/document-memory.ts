/**
 * Document consistency (the two-stage idea of Krishnan & Manning 2006): news
 * names a person or an organisation once with its cue («الرئيس العراقي جلال
 * طالباني») and then bare («وقال طالباني»). A first pass tags the whole
 * document; the second sees, for each word, the types the first pass gave the
 * same word elsewhere in it.
 */

/** Entity types of the BIO tags seen so far: a tagger has a handful, and slicing each tag of each word again was garbage. */
const TYPES = new Map<string, string>();

/** Entity type of a BIO tag, 'O' for O. */
function typeOf(tag: string): string {
  let type = TYPES.get(tag);
  if (type === undefined) {
    type = tag === 'O' ? 'O' : tag.slice(2);
    TYPES.set(tag, type);
  }
  return type;
}

/** Words worth remembering: short words and numbers repeat without being names. */
const MEMORABLE = /\p{L}{3}/u;

/** Whether the memory keeps a stem at all (a tagger may decide it once per distinct word). */
export const isMemorable = (stem: string): boolean => MEMORABLE.test(stem);

/** What most words get (no other occurrence): shared, so the common case allocates nothing. */
const NOTHING: readonly string[] = [];

export class DocumentMemory {
  /** Stem → type → how often the first pass gave that type. */
  private readonly seen = new Map<string, Map<string, number>>();

  /** Records a tagged sentence of the document (stems as token-features' SentenceView has them). */
  add(stems: readonly string[], tags: readonly string[]): void {
    stems.forEach((stem, i) => {
      if (isMemorable(stem)) this.addWord(stem, tags[i]!);
    });
  }

  /** Records one word, whose stem the caller found isMemorable. */
  addWord(stem: string, tag: string): void {
    let byType = this.seen.get(stem);
    if (byType === undefined) {
      byType = new Map<string, number>();
      this.seen.set(stem, byType);
    }
    const type = typeOf(tag);
    byType.set(type, (byType.get(type) ?? 0) + 1);
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
