import { readFileSync } from 'node:fs';
import { EntityExtractor, NerTagger, combinedSpans, evaluateNer, readConll } from '#extraction';
import { ActorRegistry, Gazetteer } from '#knowledge';

/**
 * Scores name finding on a CoNLL file (exact spans; per type, and micro over
 * PERS, LOC, ORG) and prints JSON. `--kb-only` leaves the tagger out.
 */
export async function evalNer(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith('--'));
  if (file === undefined) throw new Error('name a CoNLL file (token TAG per line, blank line between sentences)');
  const kbOnly = args.includes('--kb-only');
  const sentences = readConll(readFileSync(file, 'utf8'));
  const gazetteer = Gazetteer.load();
  const extractor = new EntityExtractor(gazetteer, ActorRegistry.load());
  const tagger = kbOnly ? undefined : NerTagger.load(gazetteer);
  const started = performance.now();
  const result = evaluateNer(sentences, combinedSpans(tagger, extractor, sentences.map((s) => s.tokens)));
  const seconds = (performance.now() - started) / 1000;
  const system = kbOnly ? 'knowledge base' : 'tagger + knowledge base';
  process.stdout.write(`${JSON.stringify({ file, system, sentences: sentences.length, ...result, seconds: Math.round(seconds * 100) / 100 }, null, 2)}\n`);
}
