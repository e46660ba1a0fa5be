import { isMemorable } from './document-memory.js';
import type { PerceptronScorer } from './perceptron-scorer.js';
import { AFTER_TAG_TEMPLATE, PAIR_TEMPLATE, START_TAG, emitAfterWord, emitDocument, emitStatic, viewOf, type Lexicon, type SentenceView, type StaticRole, type TokenForms } from './token-features.js';
import type { AfterScores } from './viterbi.js';

/** The roles of emitStatic in the order TokenVectors.roles stores them. */
const ROLES: readonly StaticRole[] = ['self', 'left', 'right', 'left2', 'right2'];

/** Where each role's scores start in TokenVectors.roles, in units of k (the number of tags). */
export const ROLE_SELF = 0;
export const ROLE_LEFT = 1;
export const ROLE_RIGHT = 2;
export const ROLE_LEFT2 = 3;
export const ROLE_RIGHT2 = 4;

/**
 * Everything the tagger needs of one token that depends on the token alone,
 * so it is computed once per distinct token.
 */
export interface TokenVectors {
  forms: TokenForms;
  /**
   * The summed weights of its tag-independent features in each role it
   * plays for its neighbours (see emitStatic), k scores per role in ROLES
   * order. One array rather than five: a fifth of the objects to allocate
   * and collect, and the cache holds 100,000s of tokens.
   */
  roles: Float64Array;
  /** Scores of this word after each previous tag (index k: sentence start); undefined for most words, which have none. */
  after: AfterScores | undefined;
  /** Pair weights (emitPair) for this word's stem by the word before it; undefined for most words, which have none. */
  pairs: ReadonlyMap<string, Float64Array> | undefined;
  /** Whether the document memory keeps its stem. */
  memorable: boolean;
}

/**
 * Arrays reused from one call to the next: a text's emission scores and
 * back-pointers are the bulk of what tagging allocates, and garbage on a
 * large heap costs more than the decoding. Emission space is handed out in
 * slices until reset, as a document's sentences keep theirs for the second
 * pass; their contents are left over (prepare writes every element).
 */
export class Scratch {
  private scores = new Float64Array(1 << 14);
  private used = 0;
  private pointers = new Int32Array(1 << 14);

  reset(): void {
    this.used = 0;
  }

  emissions(size: number): Float64Array {
    if (this.used + size > this.scores.length) {
      // Slices handed out before keep the old array; later ones come from a larger one.
      this.scores = new Float64Array(Math.max(2 * this.scores.length, size));
      this.used = 0;
    }
    const slice = this.scores.subarray(this.used, this.used + size);
    this.used += size;
    return slice;
  }

  back(size: number): Int32Array {
    if (size > this.pointers.length) this.pointers = new Int32Array(Math.max(2 * this.pointers.length, size));
    return this.pointers;
  }
}

/**
 * Per-token forms and score vectors, cached by token: news repeats its
 * words, so most tokens cost one map lookup and five vector additions
 * instead of folding and some thirty feature lookups. Bounded, so an endless
 * stream of new words cannot grow it without limit: two generations of
 * `limit` tokens each; when the young one fills it becomes the old one, and
 * words still in use move back on their next lookup (clearing one map
 * instead threw the everyday words away with the rare ones).
 */
export class TokenVectorCache {
  private byToken = new Map<string, TokenVectors>();
  private older = new Map<string, TokenVectors>();
  private readonly byDocumentType = new Map<string, Float64Array>();
  readonly scratch = new Scratch();
  /** Previous-tag names by index, the sentence start last (as transitionTable orders them). */
  private readonly prevTags: readonly string[];
  /** The sentence boundaries as neighbours (emitStatic's out-of-range positions). */
  readonly bos: TokenVectors;
  readonly eos: TokenVectors;

  constructor(
    private readonly scorer: PerceptronScorer,
    private readonly lexicon: Lexicon,
    private readonly limit = 100_000,
  ) {
    this.prevTags = [...scorer.classes, START_TAG];
    const none = viewOf([]);
    this.bos = this.vectorsOf(none, -1);
    this.eos = this.vectorsOf(none, 0);
  }

  /** The score vector of one document feature value (emitDocument), made once. */
  documentVector(type: string): Float64Array {
    let v = this.byDocumentType.get(type);
    if (v === undefined) {
      v = this.scorer.vectorOf((sink) => emitDocument(sink, [type]));
      this.byDocumentType.set(type, v);
    }
    return v;
  }

  get(token: string): TokenVectors {
    let vectors = this.byToken.get(token);
    if (vectors === undefined) {
      vectors = this.older.get(token) ?? this.vectorsOf(viewOf([token]), 0);
      if (this.byToken.size >= this.limit) {
        this.older = this.byToken;
        this.byToken = new Map();
      }
      this.byToken.set(token, vectors);
    }
    return vectors;
  }

  /** The vectors of position j of a view holding the token alone (or none: a boundary). */
  private vectorsOf(view: SentenceView, j: number): TokenVectors {
    const k = this.scorer.classes.length;
    const roles = new Float64Array(ROLES.length * k);
    ROLES.forEach((role, r) => this.scorer.addTo(roles.subarray(r * k, r * k + k), (sink) => emitStatic(sink, view, j, role, this.lexicon)));
    const inside = j >= 0 && j < view.words.length;
    const forms = { word: view.words[j] ?? '', stem: view.stems[j] ?? '' };
    return {
      forms,
      roles,
      after: inside ? this.afterOf(view, j) : undefined,
      pairs: inside ? this.scorer.pairsEndingWith(PAIR_TEMPLATE, forms.stem) : undefined,
      memorable: inside && isMemorable(forms.stem),
    };
  }

  private afterOf(view: SentenceView, j: number): AfterScores | undefined {
    // emitAfterWord's features pair the tag before with the stem: a stem no pair ends with scores nothing.
    if (this.scorer.pairsEndingWith(AFTER_TAG_TEMPLATE, view.stems[j]!) === undefined) return undefined;
    const k = this.scorer.classes.length;
    const after = new Float64Array(this.prevTags.length * k);
    this.prevTags.forEach((prev, p) => this.scorer.addTo(after.subarray(p * k, p * k + k), (sink) => emitAfterWord(sink, view, j, prev)));
    return after.some((x) => x !== 0) ? after : undefined;
  }
}
