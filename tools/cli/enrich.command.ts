import { ArticleEnricher } from '../../apps/enricher/src/pipeline/article-enricher.js';
import { readArticleValues } from './article-files.js';
import { cleanInProcess } from './clean-in-process.js';

/** Runs one article through ingest's cleaning and the enricher, in process, and prints the result. */
export async function enrich(args: string[]): Promise<void> {
  const [{ parsed } = { parsed: undefined }] = readArticleValues(args.find((a) => !a.startsWith('--')) ?? '-');
  const enriched = ArticleEnricher.load({ tagger: !args.includes('--kb-only') }).enrich(cleanInProcess(parsed));
  process.stdout.write(`${JSON.stringify(enriched, null, 2)}\n`);
}
