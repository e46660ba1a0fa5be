/**
 * Entity-extraction benchmark: the enricher's extraction without the
 * statistical tagger (knowledge base and titles) and, with --tagger, as the
 * enricher runs it by default (tagger on top), over the real Arabic
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
import { ActorRegistry, Gazetteer } from '#knowledge';

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

/** Extracts from every article `rounds` times; returns the entity count so the work cannot be skipped. */
function run(articles: readonly Text[], rounds: number, withTagger: boolean): number {
  const gazetteer = Gazetteer.load();
  const tagger = withTagger ? NerTagger.load(gazetteer) : undefined;
  const extractor = new EntityExtractor(gazetteer, ActorRegistry.load(), { ...(tagger ? { tagger } : {}), personWords: loadPersonWords() });
  let found = 0;
  for (let r = 0; r < rounds; r++) for (const a of articles) found += extractor.extract(a).length;
  return found;
}

if (!isMainThread) {
  const { articles, rounds, withTagger } = workerData as { articles: Text[]; rounds: number; withTagger: boolean };
  parentPort!.postMessage(run(articles, rounds, withTagger));
} else {
  const withTagger = process.argv.includes('--tagger');
  const articles = loadArticles();
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.title) + Buffer.byteLength(a.text), 0);
  const mb = (bytes * ROUNDS) / 1e6;

  const loadStart = performance.now();
  run([], 1, withTagger);
  const loadMs = performance.now() - loadStart;
  const rssAfterLoad = process.memoryUsage().rss;

  let start = performance.now();
  run(articles, ROUNDS, withTagger);
  const oneCore = (performance.now() - start) / 1000;

  const cores = availableParallelism();
  const shares = Array.from({ length: cores }, (_, k) => articles.filter((_, i) => i % cores === k));
  start = performance.now();
  await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { articles: share, rounds: ROUNDS, withTagger } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const allCores = (performance.now() - start) / 1000;

  const result = {
    step: withTagger ? 'knowledge base + tagger' : 'knowledge base',
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
