/**
 * Structured-perceptron training of the tagger's weights (Collins 2002):
 * decode a sentence with the current weights, then move them toward the
 * gold sequence's features and away from the decoded one's wherever the two
 * differ.
 */
import { AveragedPerceptron, START_TAG, afterFeatures, emissionFeatures, repairBio, transitionTable, viewOf, viterbi, type Lexicon, type TaggedSentence } from '#extraction';

/** A training sentence, with what a first pass found elsewhere in its document (see DocumentMemory) when known. */
export interface TrainingSentence extends TaggedSentence {
  /** Per token, the types the first pass gave the same word elsewhere in the document. */
  elsewhere?: readonly (readonly string[])[];
}

/** The features that name the token itself, which dropout hides. */
const IDENTITY = /^(?:w|s|w-1w)=/;

export interface LearnerOptions {
  /** Share of tokens seen without their own word, so the weights also learn names from context and affixes (most names in new text were never seen in training). */
  drop: number;
  /** Share of sentences seen with their document features: the tagger's first pass runs without them, the second with. */
  withDocument: number;
}

export class SentenceLearner {
  private readonly k: number;
  private readonly prevTags: readonly string[];
  /** Transition features are among afterFeatures, so the decoder's table only holds the BIO rules. */
  private readonly bioRules: Float64Array;

  constructor(
    readonly model: AveragedPerceptron,
    private readonly lexicon: Lexicon,
    private readonly next: () => number,
    private readonly options: LearnerOptions,
  ) {
    this.k = model.classes.length;
    this.prevTags = [...model.classes, START_TAG];
    this.bioRules = transitionTable(model.classes, () => 0);
  }

  /** One step on one sentence; returns the number of wrongly tagged tokens. */
  learn(s: TrainingSentence): number {
    const { model, k, prevTags } = this;
    const gold = repairBio(s.tags).map((t) => model.classes.indexOf(t));
    const view = viewOf(s.tokens);
    const elsewhere = s.elsewhere !== undefined && this.next() < this.options.withDocument ? s.elsewhere : undefined;
    const emissions = s.tokens.map((_, i) => {
      const features = emissionFeatures(view, i, this.lexicon, elsewhere?.[i]);
      return this.next() < this.options.drop ? features.filter((f) => !IDENTITY.test(f)) : features;
    });
    const after = new Map<number, string[]>();
    const afterOf = (i: number, prev: number) => {
      const key = i * (k + 1) + prev;
      let features = after.get(key);
      if (features === undefined) after.set(key, (features = afterFeatures(view, i, prevTags[prev]!)));
      return features;
    };
    const emissionScores = new Float64Array(s.tokens.length * k);
    emissions.forEach((f, i) => model.score(f, emissionScores.subarray(i * k, i * k + k)));
    const path = viterbi(s.tokens.length, k, emissionScores, this.bioRules, (i) => {
      // Row prev, column tag (AfterScores).
      const scores = new Float64Array(prevTags.length * k);
      prevTags.forEach((_, prev) => model.score(afterOf(i, prev), scores.subarray(prev * k, prev * k + k)));
      return scores;
    });
    model.tick();
    let errors = 0;
    gold.forEach((truth, i) => {
      const guess = path[i]!;
      const [truthPrev, guessPrev] = i === 0 ? [k, k] : [gold[i - 1]!, path[i - 1]!];
      if (truth === guess && truthPrev === guessPrev) return;
      if (truth !== guess) {
        errors++;
        model.adjust(emissions[i]!, truth, 1);
        model.adjust(emissions[i]!, guess, -1);
      }
      model.adjust(afterOf(i, truthPrev), truth, 1);
      model.adjust(afterOf(i, guessPrev), guess, -1);
    });
    return errors;
  }
}
