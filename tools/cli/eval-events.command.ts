import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GoldFileSchema, scoreEvents, type GoldArticle, type ScoredArticle } from '#events';
import { ArticleEnricher } from '../../apps/enricher/src/pipeline/article-enricher.js';
import { cleanInProcess } from './clean-in-process.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const GOLD = ['sample.json', 'saudinewsnet.json'].map((f) => `${ROOT}/test/gold/events/${f}`);

/**
 * The raw article a gold entry was annotated on, rebuilt from ../shared the
 * way test/gold/events/README.md says: the text itself never enters the project.
 */
function rawArticleOf(gold: GoldArticle, shared: string): unknown {
  if (gold.ref.corpus === 'samples') {
    return { id: gold.rawId, language: 'ar', html: readFileSync(`${shared}/samples/${gold.ref.file}`, 'utf8') };
  }
  const json = execFileSync('unzip', ['-p', `${shared}/data/news-unlabelled/${gold.ref.file}`], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const item = (JSON.parse(json) as { title?: string; content?: string; date_extracted?: string }[])[gold.ref.index!]!;
  return { id: gold.rawId, language: 'ar', title: item.title, body: item.content, ...(gold.publishedAt ? { publishedAt: gold.publishedAt } : {}) };
}

/**
 * Scores event extraction against the hand-made gold (test/gold/events):
 * event-type precision and recall, argument accuracy, events attached to
 * another story's actors. Articles whose cleaned text no longer hashes as
 * annotated are reported and skipped: their offsets would be wrong.
 */
export async function evalEvents(args: string[]): Promise<void> {
  const shared = process.env['MARSAD_SHARED'] ?? `${ROOT}/../shared`;
  const files = args.filter((a) => !a.startsWith('--'));
  const enricher = ArticleEnricher.load({ tagger: !args.includes('--kb-only') });
  const scored: ScoredArticle[] = [];
  const drifted: string[] = [];
  const texts = new Map<string, { title: string; text: string }>();
  for (const file of files.length > 0 ? files : GOLD) {
    for (const gold of GoldFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).articles) {
      const clean = cleanInProcess(rawArticleOf(gold, shared));
      if (createHash('sha256').update(clean.text, 'utf8').digest('hex') !== gold.textSha256) {
        drifted.push(gold.rawId);
        continue;
      }
      const enriched = enricher.enrich(clean);
      scored.push({ gold, predicted: enriched.events, entities: enriched.entities });
      texts.set(gold.rawId, clean);
    }
  }
  const { errors, ...scores } = scoreEvents(scored);
  process.stdout.write(`${JSON.stringify({ ...scores, ...(drifted.length > 0 ? { skippedTextChanged: drifted } : {}) }, null, 2)}\n`);
  // --errors: each miss and each spurious event with its sentence, for error analysis (text from ../shared, printed, not stored).
  if (args.includes('--errors')) {
    for (const e of errors) {
      const clean = texts.get(e.article)!;
      process.stdout.write(`${e.kind} ${e.type.padEnd(10)} ${e.article} ${e.field}:${e.start}-${e.end}  ${clean[e.field as 'title' | 'text'].slice(e.start, e.end).replace(/\s+/g, ' ')}\n`);
    }
  }
}
