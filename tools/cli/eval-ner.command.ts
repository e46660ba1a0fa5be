import { readFileSync } from 'node:fs';
import { EntityExtractor, NerTagger, evaluateNer, extractedSpans, loadPersonWords, precisionBySource, readConll } from '#extraction';
import { ActorRegistry, Gazetteer } from '#knowledge';

/**
 * Scores name finding on a CoNLL file (exact spans; per type, and micro over
 * PERS, LOC, ORG) and prints JSON. It scores the enricher's own extractor:
 * knowledge base, titles and the tagger. `--kb-only` leaves the tagger out;
 * `--by-source` adds the precision of each way of finding names.
 */
export async function evalNer(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith('--'));
  if (file === undefined) throw new Error('name a CoNLL file (token TAG per line, blank line between sentences)');
  const kbOnly = args.includes('--kb-only');
  const sentences = readConll(readFileSync(file, 'utf8'));
  const gazetteer = Gazetteer.load();
  const tagger = kbOnly ? undefined : NerTagger.load(gazetteer);
  const extractor = new EntityExtractor(gazetteer, ActorRegistry.load(), { ...(tagger ? { tagger } : {}), personWords: loadPersonWords() });
  const started = performance.now();
  const predicted = extractedSpans(extractor, sentences.map((s) => s.tokens));
  const result = evaluateNer(sentences, predicted);
  const seconds = (performance.now() - started) / 1000;
  const bySource = args.includes('--by-source') ? { precisionBySource: precisionBySource(sentences, predicted) } : {};
  const system = kbOnly ? 'knowledge base + titles' : 'knowledge base + titles + tagger';
  process.stdout.write(`${JSON.stringify({ file, system, sentences: sentences.length, ...result, ...bySource, seconds: Math.round(seconds * 100) / 100 }, null, 2)}\n`);
}
