/**
 * Entity-extraction benchmark: the enricher's extraction without the
 * statistical tagger (knowledge base and titles) and, with --tagger, as the
 * enricher runs it by default (tagger on top); with --full, the whole
 * enricher step (entities with the tagger, then events), over the real Arabic
 * articles in ../shared/data/news-unlabelled, on one core and on all cores
 * (worker threads, one knowledge base each). Prints MB/s of UTF-8 text,
 * articles/s and peak memory as JSON. Run with `npm run bench:enrich`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { EntityExtractor, NerTagger, loadPersonWords } from '#extraction';
import type { CleanArticle } from '#contracts';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { ArticleEnricher } from '../apps/enricher/src/pipeline/article-enricher.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = process.env['BENCH_NEWS_DIR'] ?? `${ROOT}/../shared/data/news-unlabelled`;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

interface Text {
  title: string;
  text: string;
}

function loadArticles(): Text[] {
  const out: Text[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.zip')).sort()) {
    const json = execFileSync('unzip', ['-p', `${DIR}/${file}`], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
    for (const a of JSON.parse(json) as { title?: string; content?: string }[]) out.push({ title: a.title ?? '', text: a.content ?? '' });
  }
  return out;
}

type Mode = 'kb' | 'tagger' | 'full';

/** Extracts from every article `rounds` times; returns the entity (and event) count so the work cannot be skipped. */
function run(articles: readonly Text[], rounds: number, mode: Mode): number {
  if (mode === 'full') return runEnricher(articles, rounds);
  const withTagger = mode === 'tagger';
  const gazetteer = Gazetteer.load();
  const tagger = withTagger ? NerTagger.load(gazetteer) : undefined;
  const extractor = new EntityExtractor(gazetteer, ActorRegistry.load(), { ...(tagger ? { tagger } : {}), personWords: loadPersonWords() });
  let found = 0;
  for (let r = 0; r < rounds; r++) for (const a of articles) found += extractor.extract(a).length;
  return found;
}

/** The enricher's own step, as the service runs it per article: entities with the tagger, then events. */
function runEnricher(articles: readonly Text[], rounds: number): number {
  const enricher = ArticleEnricher.load();
  const now = new Date().toISOString();
  const clean = articles.map((a, i): CleanArticle => ({
    id: `bench-${i}`, title: a.title, text: a.text, language: 'ar', languageOrigin: 'declared', source: {}, ingestedAt: now, contentHash: '0'.repeat(64),
  }));
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    for (const a of clean) {
      const e = enricher.enrich(a);
      found += e.entities.length + e.events.length;
    }
  }
  return found;
}

if (!isMainThread) {
  const { articles, rounds, mode } = workerData as { articles: Text[]; rounds: number; mode: Mode };
  parentPort!.postMessage(run(articles, rounds, mode));
} else {
  const mode: Mode = process.argv.includes('--full') ? 'full' : process.argv.includes('--tagger') ? 'tagger' : 'kb';
  const articles = loadArticles();
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.title) + Buffer.byteLength(a.text), 0);
  const mb = (bytes * ROUNDS) / 1e6;

  const loadStart = performance.now();
  run([], 1, mode);
  const loadMs = performance.now() - loadStart;
  const rssAfterLoad = process.memoryUsage().rss;

  let start = performance.now();
  run(articles, ROUNDS, mode);
  const oneCore = (performance.now() - start) / 1000;

  const cores = availableParallelism();
  const shares = Array.from({ length: cores }, (_, k) => articles.filter((_, i) => i % cores === k));
  start = performance.now();
  await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { articles: share, rounds: ROUNDS, mode } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const allCores = (performance.now() - start) / 1000;

  const result = {
    step: { kb: 'knowledge base', tagger: 'knowledge base + tagger', full: 'enricher: entities (knowledge base + tagger) + events' }[mode],
    articles: articles.length,
    megabytesOfText: Math.round((bytes / 1e6) * 10) / 10,
    rounds: ROUNDS,
    knowledgeBaseLoadMs: Math.round(loadMs),
    // One thread with the knowledge base (and weights) loaded and the articles in memory.
    rssAfterLoadMiB: Math.round(rssAfterLoad / 2 ** 20),
    oneCore: { seconds: round(oneCore), mbPerSecond: round(mb / oneCore), articlesPerSecond: Math.round((articles.length * ROUNDS) / oneCore) },
    allCores: { cores, seconds: round(allCores), mbPerSecond: round(mb / allCores), articlesPerSecond: Math.round((articles.length * ROUNDS) / allCores) },
    // Whole process at its peak, all worker threads included.
    peakRssMiB: Math.round(Number(/VmHWM:\s+(\d+)/.exec(await readStatus())?.[1] ?? 0) / 1024),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

async function readStatus(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile('/proc/self/status', 'utf8');
}
