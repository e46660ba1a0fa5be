import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fold, tokenize } from '#text';
import type { Gazetteer } from '#knowledge';
import { PerceptronScorer } from './perceptron-scorer.js';
import { DocumentMemory } from './document-memory.js';
import { START_TAG, WORD_BEFORE_FIRST, emitTransition, type Lexicon } from './token-features.js';
import { ROLE_LEFT, ROLE_LEFT2, ROLE_RIGHT, ROLE_RIGHT2, ROLE_SELF, TokenVectorCache, type TokenVectors } from './token-vector-cache.js';
import { transitionTable, viterbi } from './viterbi.js';

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

/** The transition table of the saved weights (emitTransition's features), made once per scorer. */
function transitionsOf(scorer: PerceptronScorer): Float64Array {
  const prevTags = [...scorer.classes, START_TAG];
  const rows = prevTags.map((prev) => scorer.vectorOf((sink) => emitTransition(sink, prev)));
  return transitionTable(scorer.classes, (p, c) => rows[p]![c]!);
}

/** A sentence ready to decode: its tokens' cached vectors and its emission scores (k per token). */
interface PreparedSentence {
  tokens: TokenVectors[];
  emissions: Float64Array;
}

/**
 * Emission scores of a sentence: per token, its own static scores plus its
 * neighbours' in their roles (±2; the sentence boundaries beyond), plus the
 * pair with the word before. The sums run in the order emitEmission emits
 * the features, so the scores are the same to the last bit.
 */
function prepare(k: number, words: readonly string[], cache: TokenVectorCache): PreparedSentence {
  const n = words.length;
  const tokens = new Array<TokenVectors>(n);
  for (let i = 0; i < n; i++) tokens[i] = cache.get(words[i]!);
  const { bos, eos } = cache;
  const emissions = cache.scratch.emissions(n * k);
  for (let i = 0; i < n; i++) {
    const self = tokens[i]!.roles;
    const left = (i >= 1 ? tokens[i - 1]! : bos).roles;
    const right = (i + 1 < n ? tokens[i + 1]! : eos).roles;
    const left2 = (i >= 2 ? tokens[i - 2]! : bos).roles;
    const right2 = (i + 2 < n ? tokens[i + 2]! : eos).roles;
    const row = i * k;
    for (let c = 0; c < k; c++) {
      emissions[row + c] = self[ROLE_SELF * k + c]! + left[ROLE_LEFT * k + c]! + right[ROLE_RIGHT * k + c]! + left2[ROLE_LEFT2 * k + c]! + right2[ROLE_RIGHT2 * k + c]!;
    }
    const pairs = tokens[i]!.pairs;
    const pair = pairs === undefined ? undefined : pairs.get(i >= 1 ? tokens[i - 1]!.forms.word : WORD_BEFORE_FIRST);
    if (pair !== undefined) for (let c = 0; c < k; c++) emissions[row + c]! += pair[c]!;
  }
  return { tokens, emissions };
}

function decode(classes: readonly string[], sentence: PreparedSentence, transitions: Float64Array, cache: TokenVectorCache, forced?: Int32Array): string[] {
  const n = sentence.tokens.length;
  const k = classes.length;
  const path = viterbi(n, k, sentence.emissions, transitions, (i) => sentence.tokens[i]!.after, cache.scratch.back(n * k), forced);
  return path.map((c) => classes[c]!);
}

/**
 * BIO tags for each sentence of a document, in two passes: the first under
 * the features of emitEmission, emitTransition and emitAfterWord (Viterbi,
 * first order, never an I- tag that continues nothing); the second adds
 * emitDocument's, from what the first found in the whole document.
 * `constrain` (optional) sees the first pass's tags and returns, per
 * sentence, token positions and the only tag the second pass may give them
 * (see NerTagger.tagDocument); a sentence so constrained is decoded again.
 */
export function tagDocument(
  scorer: PerceptronScorer,
  sentences: readonly (readonly string[])[],
  lexicon: Lexicon,
  cache = new TokenVectorCache(scorer, lexicon),
  transitions = transitionsOf(scorer),
  constrain?: Constrain,
): string[][] {
  const { classes } = scorer;
  const k = classes.length;
  cache.scratch.reset();
  const prepared = sentences.map((words) => prepare(k, words, cache));
  const first = prepared.map((p) => decode(classes, p, transitions, cache));
  const forced = constrain?.(first);
  const constraints = sentences.map((words, j) => forcedTags(classes, words.length, forced?.[j]));
  const memory = new DocumentMemory();
  prepared.forEach((p, j) => {
    const tags = first[j]!;
    for (let i = 0; i < p.tokens.length; i++) if (p.tokens[i]!.memorable) memory.addWord(p.tokens[i]!.forms.stem, tags[i]!);
  });
  return prepared.map((p, j) => {
    const tags = first[j]!;
    // A first reading that already obeys the forced tags is the best one that does.
    let changed = constraints[j] !== undefined && violates(tags, classes, constraints[j]!);
    for (let i = 0; i < p.tokens.length; i++) {
      // A stem the memory does not keep has nothing elsewhere.
      if (!p.tokens[i]!.memorable) continue;
      for (const type of memory.elsewhere(p.tokens[i]!.forms.stem, tags[i]!)) {
        const v = cache.documentVector(type);
        for (let c = 0; c < k; c++) p.emissions[i * k + c]! += v[c]!;
        changed = true;
      }
    }
    // Unchanged scores decode to the same tags.
    return changed ? decode(classes, p, transitions, cache, constraints[j]) : tags;
  });
}

/**
 * Tags a rule outside the tagger imposes on the second pass, given the first
 * pass's tags: per sentence, token positions and the only tag allowed there
 * (undefined or empty: none).
 */
export type Constrain = (firstPass: readonly (readonly string[])[]) => readonly (ReadonlyMap<number, string> | undefined)[];

/** Whether `tags` gives some position another tag than the one forced there. */
function violates(tags: readonly string[], classes: readonly string[], forced: Int32Array): boolean {
  for (let i = 0; i < forced.length; i++) if (forced[i]! >= 0 && tags[i] !== classes[forced[i]!]) return true;
  return false;
}

/** Per position the index of its forced tag, or -1; undefined when nothing is forced (most sentences). */
function forcedTags(classes: readonly string[], n: number, forced: ReadonlyMap<number, string> | undefined): Int32Array | undefined {
  if (forced === undefined || forced.size === 0) return undefined;
  const out = new Int32Array(n).fill(-1);
  for (const [i, tag] of forced) {
    const c = classes.indexOf(tag);
    if (c >= 0 && i >= 0 && i < n) out[i] = c;
  }
  return out;
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

  /**
   * Tags of each sentence of one document: a name found in one sentence helps
   * find it in the others. `constrain`, given the first pass's tags, may fix
   * the tags of some tokens in the second (B-PERS where a rule knows a
   * person's name starts: «الفنان …»); the tagger decides the rest, how far
   * that name runs included.
   */
  tagDocument(sentences: readonly (readonly string[])[], constrain?: Constrain): string[][] {
    return tagDocument(this.scorer, sentences, this.lexicon, this.cache, this.transitions, constrain);
  }
}
