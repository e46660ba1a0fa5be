import { readFileSync } from 'node:fs';
import { EntityExtractor, evaluateNer, readConll } from '#extraction';
import { Gazetteer } from '#knowledge';

/** Scores the extractor on a CoNLL file (exact spans; per type, and micro over PERS, LOC, ORG) and prints JSON. */
export async function evalNer(args: string[]): Promise<void> {
  const file = args[0];
  if (file === undefined) throw new Error('name a CoNLL file (token TAG per line, blank line between sentences)');
  const sentences = readConll(readFileSync(file, 'utf8'));
  const extractor = new EntityExtractor(Gazetteer.load());
  const started = performance.now();
  const result = evaluateNer(sentences, (text) => extractor.extract({ title: '', text }));
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ file, sentences: sentences.length, ...result, seconds: Math.round(seconds * 100) / 100 }, null, 2)}\n`);
}
