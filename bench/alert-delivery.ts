/**
 * Delivery benchmark: the notifier alone, as a separate process on the
 * benchmark broker and Redis. Enriched articles are produced straight to
 * `articles.enriched.v1`, each matching every one of S keyword subscriptions,
 * and a local receiver takes the webhooks.
 *
 * Measures: alerts/s delivered (first produce → last alert received, N×S
 * alerts, none missing, none twice) and produce → receive latency
 * (p50/p90/p99). Run with `npm run bench:alerts` (scripts/bench-alerts.sh).
 *
 *   BENCH_ARTICLES       how many articles (default 2000)
 *   BENCH_SUBSCRIPTIONS  how many subscriptions each article fires (default 2)
 *   BENCH_RATE           articles per second to produce at; 0 (default) produces
 *                        as fast as possible, which measures throughput (latency
 *                        then is mostly queueing); a paced rate measures latency
 *   BENCH_TIMEOUT_MS     how long to wait for the alerts once producing ends (default 120000)
 *   BENCH_NOTIFIER_PORT  the notifier's HTTP port (default 3113)
 *
 * Nothing is reset: the topic may hold earlier runs' records, which the fresh
 * consumer group reads first (the run waits until it has) and which never
 * match, because the keyword is the run's own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import kafkajs from 'kafkajs';
import { EnrichedArticleSchema, TOPICS } from '#contracts';
import { parsePrometheusText, sumOf } from '#observability';
import { paced, peakRssMiB, percentile, serviceEnv, waitFor } from './bench-support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 2000);
const SUBSCRIPTIONS = Number(process.env['BENCH_SUBSCRIPTIONS'] ?? 2);
const RATE = Number(process.env['BENCH_RATE'] ?? 0);
const TIMEOUT_MS = Number(process.env['BENCH_TIMEOUT_MS'] ?? 120_000);
const PORT = Number(process.env['BENCH_NOTIFIER_PORT'] ?? 3113);
const BROKERS = (process.env['MARSAD_KAFKA_BROKERS'] ?? '127.0.0.1:19092').split(',');
const REDIS_URL = process.env['MARSAD_REDIS_URL'] ?? 'redis://127.0.0.1:16379';
const BATCH = RATE > 0 ? Math.max(1, Math.round(RATE / 10)) : 50;
const RUN = randomBytes(4).toString('hex');
const NAMESPACE = `bench-alerts-${Date.now()}-${RUN}`;
// One word on the tokenizer's terms (letters and digits), so only this run's articles match.
const KEYWORD = `benchmark${RUN}`;
const API_KEY = `bench-key-${randomBytes(12).toString('hex')}`;
const NOTIFIER = `http://127.0.0.1:${PORT}`;

/** A valid enriched article (invented text) whose text carries the run's keyword; validated as the notifier will. */
function enrichedArticle(i: number): { id: string; value: string } {
  const id = `${NAMESPACE}-${i}`;
  const title = `تقرير رقم ${i} عن أداء منظومة التنبيهات`;
  const text = `أعلنت الجهة المنظمة اليوم نتائج اختبار الحمل رقم ${i}.\n\nThe ${KEYWORD} run checks that every subscription is alerted once.`;
  const now = new Date().toISOString();
  const enriched = EnrichedArticleSchema.parse({
    article: {
      id, title, text, language: 'ar', languageOrigin: 'declared', source: { name: 'bench' },
      ingestedAt: now, receivedAt: now, contentHash: createHash('sha256').update(`${title}\n\n${text}`).digest('hex'),
    },
    entities: [],
    events: [],
    enrichedAt: now,
    enricher: { version: 'bench', knowledgeBase: 'none' },
  });
  return { id, value: JSON.stringify(enriched) };
}

/** SIGTERM by PID, SIGKILL if it has not exited within 15 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  const kill = setTimeout(() => child.pid !== undefined && process.kill(child.pid, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(kill);
}

/** Deletes this run's Redis keys (subscriptions, delivered jobs) and consumer group: nobody else uses the namespace. */
async function forgetNamespace(admin: kafkajs.Admin): Promise<void> {
  await admin.deleteGroups([`${NAMESPACE}-notifier`]);
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${NAMESPACE}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  const expected = ARTICLES * SUBSCRIPTIONS;

  const producedAt = new Map<string, number>();
  const received = new Map<string, number>();
  const duplicates: string[] = [];
  const strangers: string[] = [];
  const latencies: number[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const alert = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { alertId: string; article: { id: string } };
      const t0 = producedAt.get(alert.article.id);
      if (t0 === undefined) strangers.push(alert.alertId);
      else if (received.has(alert.alertId)) duplicates.push(alert.alertId);
      else {
        received.set(alert.alertId, at);
        latencies.push(at - t0);
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const notifier = spawn(process.execPath, [`${ROOT}/dist/apps/notifier/src/main.js`], {
    env: {
      ...serviceEnv({ brokers: BROKERS, redisUrl: REDIS_URL, namespace: NAMESPACE, apiKey: API_KEY }),
      MARSAD_NOTIFIER_PORT: String(PORT),
      MARSAD_NOTIFIER_HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exit: string | undefined;
  notifier.once('exit', (code, signal) => (exit = `notifier exited (${signal ?? code})`));
  const alive = () => {
    if (exit) throw new Error(exit);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop(notifier).finally(() => process.exit(130)));
  }

  const kafka = new kafkajs.Kafka({ brokers: BROKERS, clientId: `${NAMESPACE}-bench`, logLevel: kafkajs.logLevel.WARN });
  const admin = kafka.admin();
  await admin.connect();
  let result: Record<string, unknown>;
  try {
    const consumed = async () =>
      sumOf(parsePrometheusText(await (await fetch(`${NOTIFIER}/metrics`)).text()), 'marsad_kafka_records_consumed_total', { topic: TOPICS.articlesEnriched });
    await waitFor(`${NOTIFIER}/health`, async () => (alive(), (await fetch(`${NOTIFIER}/health`)).ok), 60_000);
    for (let s = 0; s < SUBSCRIPTIONS; s++) {
      const res = await fetch(`${NOTIFIER}/v1/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `bench desk ${s}`,
          match: { keywords: [KEYWORD] },
          delivery: { webhook: { url: hook, secret: `bench-secret-${randomBytes(8).toString('hex')}` } },
        }),
      });
      if (res.status !== 201) throw new Error(`subscription: ${res.status} ${await res.text()}`);
    }
    // The fresh group starts at the topic's beginning: let it read earlier runs' records before the clock starts.
    const backlog = (await admin.fetchTopicOffsets(TOPICS.articlesEnriched)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
    await waitFor(`the notifier to read the ${backlog} records already on the topic`, async () => (alive(), (await consumed()) >= backlog), 300_000);

    // Built now, after the subscriptions: they listen to articles that reach Marsad after they were made (activeSince).
    const articles = Array.from({ length: ARTICLES }, (_, i) => enrichedArticle(i));
    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    const started = Date.now();
    for (let i = 0; i < articles.length; i += BATCH) {
      await paced(started, i, RATE);
      const batch = articles.slice(i, i + BATCH);
      const now = Date.now();
      for (const a of batch) producedAt.set(a.id, now);
      await producer.send({ topic: TOPICS.articlesEnriched, acks: -1, messages: batch.map((a) => ({ key: a.id, value: a.value })) });
    }
    const produced = Date.now();
    await producer.disconnect();

    await waitFor(`${expected} alerts (${TIMEOUT_MS} ms after producing)`, async () => (alive(), received.size >= expected), TIMEOUT_MS).catch((error: Error) => {
      throw new Error(`${error.message}: received ${received.size} of ${expected}, ${duplicates.length} duplicates`);
    });
    // A moment for anything delivered twice to show up.
    await new Promise((r) => setTimeout(r, 2_000));
    if (duplicates.length > 0 || strangers.length > 0) {
      throw new Error(`alerts delivered twice: ${duplicates.length} (e.g. ${duplicates[0]}); alerts for no article of this run: ${strangers.length}`);
    }

    const last = Math.max(...received.values());
    latencies.sort((a, b) => a - b);
    result = {
      articles: ARTICLES,
      subscriptions: SUBSCRIPTIONS,
      produceRate: RATE > 0 ? RATE : 'max',
      deliveryConcurrency: process.env['MARSAD_DELIVERY_CONCURRENCY'] ?? 'default',
      backlogRecordsSkipped: backlog,
      alerts: received.size,
      produceSeconds: (produced - started) / 1000,
      deliverySeconds: (last - started) / 1000,
      alertsPerSecond: Math.round(expected / ((last - started) / 1000)),
      alertLatencyMs: { p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99), max: latencies.at(-1) },
      notifierPeakRssMiB: Math.round(peakRssMiB(notifier.pid!)),
    };
  } finally {
    await stop(notifier);
    receiver.close();
  }
  // Only after a successful run: a failed one leaves its jobs in Redis to look at.
  await forgetNamespace(admin);
  await admin.disconnect();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

await main();
