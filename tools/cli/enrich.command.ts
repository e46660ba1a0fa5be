import { ArticleEnricher } from '../../apps/enricher/src/pipeline/article-enricher.js';
import { articleTextOf, cleanArticle } from '../../apps/ingest/src/cleaning/article-cleaner.js';
import { articleIdOf } from '../../apps/ingest/src/intake/article-id.js';
import { parseRawArticle } from '../../apps/ingest/src/intake/raw-record.decoder.js';
import { readArticleValues } from './article-files.js';

/** Runs one article through ingest's cleaning and the enricher, in process, and prints the result. */
export async function enrich(args: string[]): Promise<void> {
  const [{ parsed } = { parsed: undefined }] = readArticleValues(args.find((a) => !a.startsWith('--')) ?? '-');
  const raw = parseRawArticle(parsed);
  if (!raw.ok) throw new Error(`${raw.rejection.code}: ${raw.rejection.message}`);
  const content = articleTextOf(raw.value);
  const clean = cleanArticle(raw.value, articleIdOf(raw.value, content.text), content, new Date());
  if (!clean.ok) throw new Error(`${clean.rejection.code}: ${clean.rejection.message}`);
  const enriched = ArticleEnricher.load({ tagger: !args.includes('--kb-only') }).enrich(clean.value);
  process.stdout.write(`${JSON.stringify(enriched, null, 2)}\n`);
}
