/**
 * Trains the statistical name tagger (libs/extraction/src/tagger) on
 * ANERcorp train and writes libs/extraction/data/ner-weights.json. Run with
 * `npm run ner:train`. Steps: first-pass models on folds of train give it
 * its document features (withDocumentFeatures); COPIES seeded models train
 * side by side with structured updates (structured-perceptron.ts); the
 * epoch whose mean scores best on ANERcorp dev (micro F1) is kept, and
 * small weights are pruned while dev allows. Deterministic: every model
 * draws a fixed seed for its order and dropout.
 *
 *   MARSAD_SHARED_DATA   where the shared data lives (default ../shared/data)
 *   NER_EPOCHS           most epochs to try (default 10)
 *   NER_DROP             share of tokens trained without their own word (default 0.3)
 *   NER_COPIES           seeded models averaged into the weights (default 3)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AveragedPerceptron, DocumentMemory, PerceptronScorer, documentsOf, lexiconOf, readConll, scoreSpans, spansOf, tagDocument, viewOf, type PerceptronWeights, type TaggedSentence } from '#extraction';
import { SentenceLearner, type TrainingSentence } from './structured-perceptron.js';
import { Gazetteer } from '#knowledge';
import { fold, tokenize } from '#text';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SHARED = process.env['MARSAD_SHARED_DATA'] ?? `${ROOT}/../shared/data`;
const EPOCHS = Number(process.env['NER_EPOCHS'] ?? 10);
const DROP = Number(process.env['NER_DROP'] ?? 0.3);
/** Folds and epochs of the first-pass models that give train its document features. */
const FOLDS = 5;
const FIRST_PASS_EPOCHS = 6;
/** Models averaged into the saved weights (see trainModel). */
const COPIES = Number(process.env['NER_COPIES'] ?? 3);
/** Dev micro F1 the pruning of small weights may cost. */
const TOLERANCE = 0.003;
const OUT = `${ROOT}/libs/extraction/data/ner-weights.json`;
const LEXICON = `${ROOT}/libs/extraction/data/name-lexicon.json`;

/** mulberry32: a small seeded PRNG, so training is repeatable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Words of ANERGazet's person, organisation and location lists, folded as
 * the tagger's features see them (features test both a word and its stem). Written beside the
 * weights: the runtime reads nothing from ../shared.
 */
function writeNameLexicon(): void {
  const words = (file: string) => {
    const out = new Set<string>();
    for (const line of readFileSync(`${SHARED}/anergazet/${file}`, 'utf8').split(/\r?\n/)) {
      if (/^(?:=+|\*+)$/.test(line.trim()) || line.includes('\uFFFD')) continue;
      for (const t of tokenize(fold(line, true).text)) if (t.text.length >= 2) out.add(t.text);
    }
    return [...out].sort();
  };
  writeFileSync(
    LEXICON,
    `${JSON.stringify({
      attribution: 'Word lists derived from ANERGazet (Benajiba et al. 2007), research use.',
      person: words('persons.txt'),
      organisation: words('organizations.txt'),
      location: words('locations.txt'),
    })}\n`,
  );
}
writeNameLexicon();

const train = readConll(readFileSync(`${SHARED}/anercorp/train.txt`, 'utf8'));
const dev = readConll(readFileSync(`${SHARED}/anercorp/dev.txt`, 'utf8'));
const lexicon = lexiconOf(Gazetteer.load(), LEXICON);
const classes = [...new Set(train.flatMap((s) => s.tags))].sort();
/** Each model draws its own seed from here, in a fixed order: training is repeatable. */
let seed = 20261129;
const options = { drop: DROP, withDocument: 0.5 };

/** The mean of several models' weights (a feature missing from one counts as zero there). */
function meanOf(models: readonly PerceptronWeights[]): PerceptronWeights {
  if (models.length === 1) return models[0]!;
  const sum = new Map<string, number[]>();
  for (const m of models) {
    for (const [f, w] of Object.entries(m.weights)) {
      const acc = sum.get(f) ?? new Array<number>(classes.length).fill(0);
      w.forEach((x, c) => (acc[c]! += x / models.length));
      sum.set(f, acc);
    }
  }
  return { classes: [...classes], weights: Object.fromEntries([...sum].map(([f, w]) => [f, w.map((x) => Math.round(x * 1000) / 1000)])) };
}

/**
 * Trains `copies` models side by side for `epochs` epochs on `sentences`,
 * each with its own seeded order and dropout, and calls `after` with each
 * epoch's mean weights: the mean varies less with the order than one model.
 */
function trainModel(
  sentences: readonly TrainingSentence[],
  epochs: number,
  copies = 1,
  after: (epoch: number, errors: number, weights: PerceptronWeights) => void = () => {},
): PerceptronWeights {
  const learners = Array.from({ length: copies }, () => {
    const next = random(seed++);
    return { next, learner: new SentenceLearner(new AveragedPerceptron(classes), lexicon, next, options) };
  });
  let weights: PerceptronWeights | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    for (const { next, learner } of learners) for (const s of shuffle([...sentences], next)) errors += learner.learn(s);
    weights = meanOf(learners.map(({ learner }) => learner.model.averaged()));
    after(epoch, Math.round(errors / copies), weights);
  }
  return weights!;
}

/**
 * The document features of train, as the tagger's second pass will see
 * them on new text: from first-pass tags of a model that did not train on
 * that document (jackknife over FOLDS folds of pseudo-documents).
 */
function withDocumentFeatures(sentences: readonly TaggedSentence[]): TrainingSentence[] {
  const documents = documentsOf(sentences.map((_, j) => j));
  const firstPass: string[][] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = documents.filter((_, d) => d % FOLDS === fold);
    const weights = trainModel(documents.filter((_, d) => d % FOLDS !== fold).flat().map((j) => sentences[j]!), FIRST_PASS_EPOCHS);
    const scorer = new PerceptronScorer(weights);
    for (const doc of held) tagDocument(scorer, doc.map((j) => sentences[j]!.tokens), lexicon).forEach((tags, n) => (firstPass[doc[n]!] = tags));
  }
  const out: TrainingSentence[] = [];
  for (const doc of documents) {
    const memory = new DocumentMemory();
    const stems = doc.map((j) => viewOf(sentences[j]!.tokens).stems);
    doc.forEach((j, n) => memory.add(stems[n]!, firstPass[j]!));
    doc.forEach((j, n) => out.push({ ...sentences[j]!, elsewhere: stems[n]!.map((stem, i) => memory.elsewhere(stem, firstPass[j]![i]!)) }));
  }
  return out;
}

const devScore = (weights: PerceptronWeights) => {
  const scorer = new PerceptronScorer(weights);
  return scoreSpans(
    dev.map((s) => spansOf(s.tags)),
    documentsOf(dev).flatMap((doc) => tagDocument(scorer, doc.map((s) => s.tokens), lexicon).map(spansOf)),
  );
};

const documented = withDocumentFeatures(train);
let best: { epoch: number; f1: number; weights: PerceptronWeights; scores: ReturnType<typeof devScore> } | undefined;
let started = performance.now();
trainModel(documented, EPOCHS, COPIES, (epoch, errors, weights) => {
  const scores = devScore(weights);
  process.stdout.write(
    `epoch ${epoch}: train token errors ${errors}, dev micro F1 ${scores.micro.f1} (PERS ${scores.perType['PERS']?.f1}, LOC ${scores.perType['LOC']?.f1}, ORG ${scores.perType['ORG']?.f1}), ${Math.round(performance.now() - started)} ms\n`,
  );
  started = performance.now();
  if (best === undefined || scores.micro.f1 > best.f1) best = { epoch, f1: scores.micro.f1, weights, scores };
});

/**
 * The weights without features whose largest weight (in size) is below
 * `cutoff`, rounded to two decimals: a smaller file to ship, load and keep
 * in memory. Most features were seen once or twice and carry little.
 */
function pruned(weights: PerceptronWeights, cutoff: number): PerceptronWeights {
  const kept = Object.entries(weights.weights)
    .filter(([, w]) => w.some((x) => Math.abs(x) >= cutoff))
    .map(([f, w]) => [f, w.map((x) => Math.round(x * 100) / 100)] as const);
  return { classes: weights.classes, weights: Object.fromEntries(kept) };
}

// The strongest pruning that costs at most TOLERANCE of dev F1.
let chosen = { cutoff: 0, weights: pruned(best!.weights, 0), scores: best!.scores };
for (const cutoff of [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1]) {
  const weights = pruned(best!.weights, cutoff);
  const scores = devScore(weights);
  process.stdout.write(`pruned below ${cutoff}: ${Object.keys(weights.weights).length} features, dev micro F1 ${scores.micro.f1}\n`);
  if (scores.micro.f1 < best!.f1 - TOLERANCE) break;
  chosen = { cutoff, weights, scores };
}

writeFileSync(
  OUT,
  `${JSON.stringify({
    attribution: 'Trained on ANERcorp (Benajiba et al. 2007), CAMeL Lab re-release, CC BY-SA 4.0; these weights are a derived work under the same licence.',
    trainedOn: `ANERcorp train (${train.length} sentences), mean of ${COPIES} models, epoch ${best!.epoch} of ${EPOCHS} chosen on dev, features below ${chosen.cutoff} pruned`,
    ...chosen.weights,
  })}\n`,
);
process.stdout.write(`${JSON.stringify({ chosenEpoch: best!.epoch, cutoff: chosen.cutoff, dev: chosen.scores, features: Object.keys(chosen.weights.weights).length, wrote: OUT }, null, 2)}\n`);
