import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fold, tokenize } from '#text';
import type { Gazetteer } from '#knowledge';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { tokenFeatures, type Lexicon } from './token-features.js';

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
    for (const name of [...p.aliases.ar, ...p.aliases.en]) {
      const words = tokenize(fold(name, true).text).map((t) => t.text);
      if (words[0] !== undefined) placeFirst.add(words[0]);
      for (const w of words) placeAny.add(w);
    }
  }
  return { placeFirst, placeAny, person: new Set(names.person), organisation: new Set(names.organisation), location: new Set(names.location) };
}

/** BIO tags for a token sequence: greedy, left to right, each decision seeing the two before. */
export function tagTokens(model: AveragedPerceptron, tokens: readonly string[], lexicon: Lexicon): string[] {
  const tags: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const features = tokenFeatures(tokens, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>', lexicon);
    tags.push(model.classes[model.predict(features)]!);
  }
  return tags;
}

/** The statistical tagger for names the knowledge base lacks (persons and organisations above all). */
export class NerTagger {
  private constructor(
    private readonly model: AveragedPerceptron,
    private readonly lexicon: Lexicon,
  ) {}

  static load(gazetteer: Gazetteer, file = DEFAULT_NER_WEIGHTS): NerTagger {
    const saved = WeightsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new NerTagger(AveragedPerceptron.fromWeights(saved), lexiconOf(gazetteer));
  }

  tag(tokens: readonly string[]): string[] {
    return tagTokens(this.model, tokens, this.lexicon);
  }
}
