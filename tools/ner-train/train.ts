/**
 * Trains the statistical name tagger (libs/extraction/src/tagger) on
 * ANERcorp train, picks the epoch by micro F1 on ANERcorp dev, and writes
 * libs/extraction/data/ner-weights.json. Run with `npm run ner:train`.
 * Deterministic: a fixed seed shuffles the sentences each epoch.
 *
 *   MARSAD_SHARED_DATA   where the shared data lives (default ../shared/data)
 *   NER_EPOCHS           most epochs to try (default 10)
 *   NER_DROP             share of tokens trained without their own word (default 0.3)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AveragedPerceptron, PerceptronScorer, START_TAG, afterFeatures, emissionFeatures, lexiconOf, readConll, repairBio, transitionTable, scoreSpans, spansOf, tagTokens, viewOf, viterbi, type TaggedSentence } from '#extraction';
import { Gazetteer } from '#knowledge';
import { fold, tokenize } from '#text';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SHARED = process.env['MARSAD_SHARED_DATA'] ?? `${ROOT}/../shared/data`;
const EPOCHS = Number(process.env['NER_EPOCHS'] ?? 10);
const DROP = Number(process.env['NER_DROP'] ?? 0.3);
/** The features that name the token itself, which dropout hides (see learn). */
const IDENTITY = /^(?:w|s|w-1w)=/;
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
const model = new AveragedPerceptron(classes);
const next = random(20261129);

const devScore = (weights: ReturnType<AveragedPerceptron['averaged']>) => {
  const m = new PerceptronScorer(weights);
  return scoreSpans(
    dev.map((s) => spansOf(s.tags)),
    dev.map((s) => spansOf(tagTokens(m, s.tokens, lexicon))),
  );
};

const k = classes.length;
const prevTags = [...classes, START_TAG];
// Transition features are among afterFeatures, so the decoder's table only holds the BIO rules.
const bioRules = transitionTable(classes, () => 0);

/**
 * One structured-perceptron step (Collins 2002): decode the sentence with
 * the current weights, then move them toward the gold sequence's features
 * and away from the decoded one's wherever the two differ. Returns the
 * number of wrongly tagged tokens. A share of tokens (DROP) is seen without
 * its own word, so the weights also learn names from their context and
 * affixes: most names in new text were never seen in training.
 */
function learn(s: TaggedSentence): number {
  const gold = repairBio(s.tags).map((t) => classes.indexOf(t));
  const view = viewOf(s.tokens);
  const emissions = s.tokens.map((_, i) => {
    const features = emissionFeatures(view, i, lexicon);
    return next() < DROP ? features.filter((f) => !IDENTITY.test(f)) : features;
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
  const path = viterbi(s.tokens.length, k, emissionScores, bioRules, (i) => prevTags.map((_, prev) => model.score(afterOf(i, prev), new Float64Array(k))));
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

let best: { epoch: number; f1: number; weights: ReturnType<AveragedPerceptron['averaged']>; scores: ReturnType<typeof devScore> } | undefined;
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const started = performance.now();
  let errors = 0;
  for (const s of shuffle([...train], next)) errors += learn(s);
  const weights = model.averaged();
  const scores = devScore(weights);
  process.stdout.write(
    `epoch ${epoch}: train token errors ${errors}, dev micro F1 ${scores.micro.f1} (PERS ${scores.perType['PERS']?.f1}, LOC ${scores.perType['LOC']?.f1}, ORG ${scores.perType['ORG']?.f1}), ${Math.round(performance.now() - started)} ms\n`,
  );
  if (best === undefined || scores.micro.f1 > best.f1) best = { epoch, f1: scores.micro.f1, weights, scores };
}

writeFileSync(
  OUT,
  `${JSON.stringify({
    attribution: 'Trained on ANERcorp (Benajiba et al. 2007), CAMeL Lab re-release, CC BY-SA 4.0; these weights are a derived work under the same licence.',
    trainedOn: `ANERcorp train (${train.length} sentences), epoch ${best!.epoch} of ${EPOCHS} chosen on dev`,
    ...best!.weights,
  })}\n`,
);
process.stdout.write(`${JSON.stringify({ chosenEpoch: best!.epoch, dev: best!.scores, features: Object.keys(best!.weights.weights).length, wrote: OUT }, null, 2)}\n`);
