import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fold, tokenize } from '#text';
import type { Gazetteer } from '#knowledge';
import { PerceptronScorer } from './perceptron-scorer.js';
import { DocumentMemory } from './document-memory.js';
import { START_TAG, emitAfterWord, emitDocument, emitPair, emitStatic, emitTransition, viewOf, type Lexicon, type SentenceView, type StaticRole, type TokenForms } from './token-features.js';
import { transitionTable, viterbi, type AfterScores } from './viterbi.js';

/** Weights trained by `npm run ner:train` on ANERcorp train (see docs/QUALITY.md). */
export const DEFAULT_NER_WEIGHTS = fileURLToPath(new URL('../../data/ner-weights.json', import.meta.url));

const WeightsFileSchema = z.object({
  attribution: z.string(),
  trainedOn: z.string(),
  classes: z.array(z.string()),
  weights: z.record(z.string(), z.array(z.number())),
});

/** Name word lists derived from ANERGazet by `npm run ner:train` (see tools/ner-train). */
export const DEFAULT_NAME_LEXICON = fileURLToPath(new URL('../../data/name-lexicon.json', import.meta.url));

const NameLexiconSchema = z.object({
  attribution: z.string(),
  person: z.array(z.string()),
  organisation: z.array(z.string()),
  location: z.array(z.string()),
});

/** Place-name words of the knowledge base and the name word lists, folded, as tagger features. */
export function lexiconOf(gazetteer: Gazetteer, nameLexiconFile = DEFAULT_NAME_LEXICON): Lexicon {
  const names = NameLexiconSchema.parse(JSON.parse(readFileSync(nameLexiconFile, 'utf8')));
  const placeFirst = new Set<string>();
  const placeAny = new Set<string>();
  for (const p of gazetteer.places()) {
    // Names that are common words («العين», «وان») match only after a place word: as features they would mark the word.
    const cued = new Set(p.cueAr ?? []);
    for (const name of [...p.aliases.ar, ...p.aliases.en]) {
      if (cued.has(name)) continue;
      const words = tokenize(fold(name, true).text).map((t) => t.text);
      if (words[0] !== undefined) placeFirst.add(words[0]);
      for (const w of words) placeAny.add(w);
    }
  }
  return { placeFirst, placeAny, person: new Set(names.person), organisation: new Set(names.organisation), location: new Set(names.location) };
}

/**
 * A token's folded forms and its tag-independent features, summed per role
 * it plays for its neighbours (see emitStatic). All depend on the token
 * alone, so they are computed once per distinct token.
 */
interface TokenVectors {
  forms: TokenForms;
  self: Float64Array;
  left: Float64Array;
  right: Float64Array;
  left2: Float64Array;
  right2: Float64Array;
  /** Scores of this word after each previous tag (index k: sentence start); undefined for most words, which have none. */
  after: AfterScores | undefined;
}

/**
 * Arrays reused from one call to the next: a text's emission scores and
 * back-pointers are the bulk of what tagging allocates, and garbage on a
 * large heap costs more than the decoding. Emission space is handed out in
 * slices until reset, as a document's sentences keep theirs for the second
 * pass; their contents are left over (prepare writes every element).
 */
class Scratch {
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
class TokenVectorCache {
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
    const of = (role: StaticRole) => this.scorer.vectorOf((sink) => emitStatic(sink, view, j, role, this.lexicon));
    const forms = { word: view.words[j] ?? '', stem: view.stems[j] ?? '' };
    return { forms, self: of('self'), left: of('left'), right: of('right'), left2: of('left2'), right2: of('right2'), after: this.afterOf(view, j) };
  }

  private afterOf(view: SentenceView, j: number): AfterScores | undefined {
    // emitAfterWord's features pair the tag before with the stem: a stem no pair ends with scores nothing.
    if (j < 0 || j >= view.words.length || !this.scorer.pairsEndWith(view.stems[j]!)) return undefined;
    const after = this.prevTags.map((prev) => {
      const v = this.scorer.vectorOf((sink) => emitAfterWord(sink, view, j, prev));
      return v.some((x) => x !== 0) ? v : undefined;
    });
    return after.some((v) => v !== undefined) ? after : undefined;
  }
}

/** The transition table of the saved weights (emitTransition's features), made once per scorer. */
function transitionsOf(scorer: PerceptronScorer): Float64Array {
  const prevTags = [...scorer.classes, START_TAG];
  const rows = prevTags.map((prev) => scorer.vectorOf((sink) => emitTransition(sink, prev)));
  return transitionTable(scorer.classes, (p, c) => rows[p]![c]!);
}

/** A sentence ready to decode: its forms, its tokens' cached vectors and its emission scores (k per token). */
interface PreparedSentence {
  view: SentenceView;
  vectors: TokenVectors[];
  emissions: Float64Array;
}

function prepare(scorer: PerceptronScorer, tokens: readonly string[], cache: TokenVectorCache): PreparedSentence {
  const k = scorer.classes.length;
  const n = tokens.length;
  const vectors = tokens.map((t) => cache.get(t));
  const view = viewOf(tokens, (_, j) => vectors[j]!.forms);
  const { bos, eos } = cache;
  const emissions = cache.scratch.emissions(n * k);
  for (let i = 0; i < n; i++) {
    const self = vectors[i]!.self;
    const left = (vectors[i - 1] ?? bos).left;
    const right = (vectors[i + 1] ?? eos).right;
    const left2 = (vectors[i - 2] ?? bos).left2;
    const right2 = (vectors[i + 2] ?? eos).right2;
    const row = emissions.subarray(i * k, i * k + k);
    for (let c = 0; c < k; c++) row[c] = self[c]! + left[c]! + right[c]! + left2[c]! + right2[c]!;
    scorer.addTo(row, (sink) => emitPair(sink, view, i));
  }
  return { view, vectors, emissions };
}

function decode(scorer: PerceptronScorer, sentence: PreparedSentence, transitions: Float64Array, cache: TokenVectorCache): string[] {
  const n = sentence.view.tokens.length;
  const k = scorer.classes.length;
  const path = viterbi(n, k, sentence.emissions, transitions, (i) => sentence.vectors[i]!.after, cache.scratch.back(n * k));
  return path.map((c) => scorer.classes[c]!);
}

/**
 * BIO tags for each sentence of a document, in two passes: the first under
 * the features of emitEmission, emitTransition and emitAfterWord (Viterbi,
 * first order, never an I- tag that continues nothing); the second adds
 * emitDocument's, from what the first found in the whole document.
 */
export function tagDocument(
  scorer: PerceptronScorer,
  sentences: readonly (readonly string[])[],
  lexicon: Lexicon,
  cache = new TokenVectorCache(scorer, lexicon),
  transitions = transitionsOf(scorer),
): string[][] {
  const k = scorer.classes.length;
  cache.scratch.reset();
  const prepared = sentences.map((tokens) => prepare(scorer, tokens, cache));
  const first = prepared.map((p) => decode(scorer, p, transitions, cache));
  const memory = new DocumentMemory();
  prepared.forEach((p, j) => memory.add(p.view.stems, first[j]!));
  return prepared.map((p, j) => {
    let changed = false;
    p.view.stems.forEach((stem, i) => {
      for (const type of memory.elsewhere(stem, first[j]![i]!)) {
        const v = cache.documentVector(type);
        for (let c = 0; c < k; c++) p.emissions[i * k + c]! += v[c]!;
        changed = true;
      }
    });
    // Unchanged scores decode to the same tags.
    return changed ? decode(scorer, p, transitions, cache) : first[j]!;
  });
}

/** The statistical tagger for names the knowledge base lacks (persons and organisations above all). */
export class NerTagger {
  private readonly cache: TokenVectorCache;
  private readonly transitions: Float64Array;

  private constructor(
    private readonly scorer: PerceptronScorer,
    private readonly lexicon: Lexicon,
  ) {
    this.cache = new TokenVectorCache(scorer, lexicon);
    this.transitions = transitionsOf(scorer);
  }

  static load(gazetteer: Gazetteer, file = DEFAULT_NER_WEIGHTS): NerTagger {
    const saved = WeightsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new NerTagger(new PerceptronScorer(saved), lexiconOf(gazetteer));
  }

  /** Tags of a token sequence, taken as one document (an article, or a sentence). */
  tag(tokens: readonly string[]): string[] {
    return this.tagDocument([tokens])[0]!;
  }

  /** Tags of each sentence of one document: a name found in one sentence helps find it in the others. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return tagDocument(this.scorer, sentences, this.lexicon, this.cache, this.transitions);
  }
}
