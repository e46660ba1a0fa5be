/**
 * End-to-end benchmark: real Arabic news (SaudiNewsNet, read from
 * ../shared/data, never copied into the project) through the three services
 * as separate processes, on the benchmark broker and Redis.
 *
 * Measures: articles/s from first publish until the notifier has processed
 * every article; publish → webhook latency of the alerts (p50/p95/p99); peak
 * resident memory of each service. Run with `npm run bench` (scripts/bench.sh).
 *
 *   BENCH_ARTICLES   how many articles (default 2000)
 *   BENCH_RATE       articles per second to publish at; 0 (default) publishes
 *                    as fast as possible, which measures throughput (latency
 *                    then is mostly queueing); a paced rate measures latency
 *   BENCH_ZIP        a SaudiNewsNet day file (default: ../shared/.../saudinewsnet-2015-07-21.zip)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { TOPICS } from '#contracts';
import { resetTopics } from '#kafka';
import { parsePrometheusText, sumOf } from '#observability';
import { paced, peakRssMiB, percentile, serviceEnv, waitFor } from './bench-support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COUNT = Number(process.env['BENCH_ARTICLES'] ?? 2000);
const ZIP = process.env['BENCH_ZIP'] ?? `${ROOT}/../shared/data/news-unlabelled/saudinewsnet-2015-07-21.zip`;
const BROKERS = (process.env['MARSAD_KAFKA_BROKERS'] ?? '127.0.0.1:19092').split(',');
const REDIS_URL = process.env['MARSAD_REDIS_URL'] ?? 'redis://127.0.0.1:16379';
const RATE = Number(process.env['BENCH_RATE'] ?? 0);
const BATCH = RATE > 0 ? Math.max(1, Math.round(RATE / 10)) : 50;
const NAMESPACE = `bench-${Date.now()}`;
const API_KEY = `bench-key-${'x'.repeat(24)}`;
const PORTS = { ingest: 3101, enricher: 3102, notifier: 3103 } as const;

interface NewsItem {
  url: string;
  title: string;
  content: string;
}

function loadArticles(): NewsItem[] {
  const json = execFileSync('unzip', ['-p', ZIP], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const items = (JSON.parse(json) as NewsItem[]).filter((a) => a.content && a.content.length > 200);
  const out: NewsItem[] = [];
  for (let i = 0; out.length < COUNT; i++) out.push(items[i % items.length]!);
  return out;
}

async function metric(port: number, name: string, labels: Record<string, string> = {}): Promise<number> {
  return sumOf(parsePrometheusText(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()), name, labels);
}

async function main(): Promise<void> {
  const articles = loadArticles();
  await resetTopics({ brokers: BROKERS, clientId: `${NAMESPACE}-reset` });

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { article: { id: string } }).article.id;
      const t0 = sentAt.get(id);
      if (t0 !== undefined) latencies.push(Date.now() - t0);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const env = {
    ...serviceEnv({ brokers: BROKERS, redisUrl: REDIS_URL, namespace: NAMESPACE, apiKey: API_KEY }),
    MARSAD_INGEST_PORT: String(PORTS.ingest),
    MARSAD_ENRICHER_PORT: String(PORTS.enricher),
    MARSAD_NOTIFIER_PORT: String(PORTS.notifier),
  };
  const children: Record<string, ChildProcess> = {};
  for (const app of ['ingest', 'enricher', 'notifier'] as const) {
    children[app] = spawn(process.execPath, [`${ROOT}/dist/apps/${app}/src/main.js`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  try {
    for (const port of Object.values(PORTS)) {
      await waitFor(`:${port}/health`, async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok, 60_000, 100);
    }
    const res = await fetch(`http://127.0.0.1:${PORTS.notifier}/v1/subscriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Saudi desk', match: { places: ['السعودية'] }, delivery: { webhook: { url: hook, secret: 'bench-secret-0123456789' } } }),
    });
    if (res.status !== 201) throw new Error(`subscription: ${res.status} ${await res.text()}`);

    const producer = new kafkajs.Kafka({ brokers: BROKERS, clientId: `${NAMESPACE}-producer`, logLevel: kafkajs.logLevel.WARN }).producer({
      createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    const started = Date.now();
    // Batches, like a feed poller flushing; each article stamped when its batch is sent.
    for (let i = 0; i < articles.length; i += BATCH) {
      await paced(started, i, RATE);
      const batch = articles.slice(i, i + BATCH).map((a, k) => {
        const id = `${NAMESPACE}-${i + k}`;
        sentAt.set(id, Date.now());
        return { key: id, value: JSON.stringify({ id, url: a.url, title: a.title, body: a.content, language: 'ar' }) };
      });
      await producer.send({ topic: TOPICS.articlesRaw, acks: -1, messages: batch });
    }
    const published = Date.now();
    await producer.disconnect();

    // Every article ends at the notifier, or at ingest as a duplicate or a dead letter.
    const settled = async () =>
      (await metric(PORTS.notifier, 'marsad_kafka_records_consumed_total')) +
      (await metric(PORTS.ingest, 'marsad_kafka_records_consumed_total', { outcome: 'duplicate' })) +
      (await metric(PORTS.ingest, 'marsad_kafka_records_consumed_total', { outcome: 'dead_lettered' }));
    await waitFor('every article to settle', async () => (await settled()) >= COUNT, 600_000, 100);
    const processed = Date.now();
    const matched = await metric(PORTS.notifier, 'marsad_kafka_records_consumed_total', { outcome: 'matched' });
    await waitFor('every alert to be delivered', async () => latencies.length >= matched, 120_000, 100);

    latencies.sort((a, b) => a - b);
    const duplicates = await metric(PORTS.ingest, 'marsad_kafka_records_consumed_total', { outcome: 'duplicate' });
    const result = {
      articles: COUNT,
      publishRate: RATE > 0 ? RATE : 'max',
      duplicatesDropped: duplicates,
      alerts: latencies.length,
      publishSeconds: (published - started) / 1000,
      endToEndSeconds: (processed - started) / 1000,
      articlesPerSecond: Math.round(COUNT / ((processed - started) / 1000)),
      alertLatencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) },
      peakRssMiB: Object.fromEntries(Object.entries(children).map(([k, c]) => [k, Math.round(peakRssMiB(c.pid!))])),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    for (const child of Object.values(children)) child.kill('SIGTERM');
    await Promise.all(Object.values(children).map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))));
    receiver.close();
  }
}

await main();
