import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import kafkajs from 'kafkajs';
import { chromium, type Browser } from 'playwright-core';
import { QUEUES, TOPICS, type RawArticle } from '#contracts';
import { resetTopics } from '#kafka';
import { startIngest } from '../apps/ingest/src/bootstrap.js';
import { loadIngestConfig } from '../apps/ingest/src/ingest.config.js';
import { OwnRedis } from './support/own-redis.js';
import { PipelineHarness } from './support/pipeline-harness.js';
import { waitFor } from './support/wait-for.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

const example = (name: string): RawArticle => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8')) as RawArticle;
const SECRET = 'e2e-webhook-secret-0123456789';
const ARTIFACTS = new URL('../.marsad/artifacts/', import.meta.url);
const CHROMIUM = process.env['MARSAD_CHROMIUM'] ?? '/usr/bin/chromium';

describe('operations: metrics, health, queue board and dashboard on real Kafka and Redis', () => {
  const harness = new PipelineHarness();
  const receiver = new WebhookReceiver();
  let producer: kafkajs.Producer;
  let subscriptionId: string;

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${harness.urls.notifier}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${harness.apiKey}`, 'content-type': 'application/json', ...init.headers },
    });
  const ops = (path: string, init: RequestInit = {}) =>
    fetch(`${harness.urls.notifier}${path}`, { ...init, headers: { authorization: `Bearer ${harness.opsKey}`, ...init.headers } });
  const produceRaw = (key: string, value: string) => producer.send({ topic: TOPICS.articlesRaw, acks: -1, messages: [{ key, value }] });
  const arabicArticle = (id: string, title: string) => JSON.stringify({ ...example('ar-hama-shelling.json'), id, title });
  const subscribe = async (name: string, match: object, url: string) => {
    const res = await api('/v1/subscriptions', { method: 'POST', body: JSON.stringify({ name, match, delivery: { webhook: { url, secret: SECRET } } }) });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    // Fresh topics, so this suite's new consumer groups do not first replay what earlier suites published.
    await resetTopics({ brokers: harness.brokers, clientId: `${harness.namespace}-reset` });
    const hookUrl = await receiver.start();
    await harness.start();
    producer = harness.kafka().producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    subscriptionId = await subscribe('Syria desk', { places: ['سوريا'] }, `${hookUrl}/hook`);
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await harness.stop();
    await receiver.stop();
  }, 60_000);

  it('moves the metrics as an article flows through every stage', async () => {
    const m = {
      ingested: () => harness.metric('ingest', 'marsad_kafka_records_consumed_total', { topic: TOPICS.articlesRaw, outcome: 'published' }),
      cleanProduced: () => harness.metric('ingest', 'marsad_kafka_records_produced_total', { topic: TOPICS.articlesClean }),
      ingestTimed: () => harness.metric('ingest', 'marsad_stage_duration_seconds_count', { stage: 'ingest' }),
      duplicates: () => harness.metric('ingest', 'marsad_duplicates_suppressed_total'),
      invalidJson: () => harness.metric('ingest', 'marsad_dead_letters_total', { stage: 'ingest', reason: 'invalid_json' }),
      placesObserved: () => harness.metric('enricher', 'marsad_entities_per_article_count', { type: 'LOCATION' }),
      placesFound: () => harness.metric('enricher', 'marsad_entities_per_article_sum', { type: 'LOCATION' }),
      eventsObserved: () => harness.metric('enricher', 'marsad_events_per_article_count'),
      eventsFound: () => harness.metric('enricher', 'marsad_events_per_article_sum'),
      matched: () => harness.metric('notifier', 'marsad_kafka_records_consumed_total', { outcome: 'matched' }),
      webhookDelivered: () => harness.metric('notifier', 'marsad_deliveries_total', { channel: 'webhook', outcome: 'delivered' }),
      sseDelivered: () => harness.metric('notifier', 'marsad_deliveries_total', { channel: 'sse', outcome: 'delivered' }),
      forSubscription: () => harness.metric('notifier', 'marsad_alerts_delivered_total', { subscription: subscriptionId }),
      endToEnd: () => harness.metric('notifier', 'marsad_end_to_end_latency_seconds_count'),
      endToEndSum: () => harness.metric('notifier', 'marsad_end_to_end_latency_seconds_sum'),
    };
    const read = async () => Object.fromEntries(await Promise.all(Object.entries(m).map(async ([k, f]) => [k, await f()] as const)));
    const before = await read();

    const articleId = `${harness.namespace}-metrics`;
    const body = arabicArticle(articleId, 'قصف على ريف حماة');
    await produceRaw(articleId, body);
    await waitFor('the alert', () => receiver.alertsFor(articleId)[0]);
    await waitFor('the delivery to be counted', async () => (await m.endToEnd()) > before['endToEnd']!);
    // The same content again is a duplicate; broken JSON is a dead letter.
    await produceRaw(`${articleId}-again`, body.replace(articleId, `${articleId}-again`));
    await produceRaw(`${articleId}-broken`, '{"title": "نص مقطوع');
    await waitFor('the duplicate and the dead letter', async () => (await m.duplicates()) > before['duplicates']! && (await m.invalidJson()) > before['invalidJson']!);

    const after = await read();
    const moved = Object.fromEntries(Object.keys(m).map((k) => [k, after[k]! - before[k]!]));
    expect(moved).toEqual(
      expect.objectContaining({
        ingested: 1,
        cleanProduced: 1,
        ingestTimed: 3,
        duplicates: 1,
        invalidJson: 1,
        placesObserved: 1,
        eventsObserved: 1,
        matched: 1,
        webhookDelivered: 1,
        sseDelivered: 1,
        forSubscription: 1,
        endToEnd: 1,
      }),
    );
    // The example reports shelling near Qalaat al-Madiq: at least that event is counted.
    expect(moved['eventsFound']).toBeGreaterThanOrEqual(1);
    // Syria, Hama, Damascus … are places in this article.
    expect(moved['placesFound']).toBeGreaterThanOrEqual(2);
    // From the raw record to the webhook: more than nothing, less than the whole test.
    expect(moved['endToEndSum']).toBeGreaterThan(0);
    expect(moved['endToEndSum']).toBeLessThan(60);
  }, 60_000);

  it('reports consumer lag per partition and the delivery queue by state', async () => {
    await waitFor('the notifier to commit everything', () => harness.caughtUp(`${harness.namespace}-notifier`, TOPICS.articlesEnriched));
    const text = await (await fetch(`${harness.urls.notifier}/metrics`)).text();
    const lagLines = text.split('\n').filter((l) => l.startsWith('marsad_kafka_consumer_lag_messages{'));
    expect(lagLines).toHaveLength(6);
    expect(await harness.metric('notifier', 'marsad_kafka_consumer_lag_messages', { topic: TOPICS.articlesEnriched })).toBe(0);
    const queue = new Queue(QUEUES.alerts, { connection: { url: harness.redisUrl }, prefix: harness.namespace });
    try {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect({ state, jobs: await harness.metric('notifier', 'marsad_queue_jobs', { queue: 'alerts', state }) }).toEqual({ state, jobs: counts[state] });
      }
    } finally {
      await queue.close();
    }
  }, 60_000);

  it('is live and ready with Kafka, Redis and the consumer group; not ready while Redis is down, ready again after', async () => {
    expect((await fetch(`${harness.urls.notifier}/health/live`)).status).toBe(200);
    const ready = await fetch(`${harness.urls.notifier}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { info: Record<string, { status: string }> }).info).toEqual({
      kafka: { status: 'up' },
      'kafka-consumer': { status: 'up' },
      redis: { status: 'up' },
    });

    // An ingest of its own on a Redis of its own, so stopping that Redis touches nothing else.
    const redis = new OwnRedis();
    await redis.start();
    let ingest: INestApplication | undefined;
    try {
      ingest = await startIngest(
        loadIngestConfig({
          MARSAD_KAFKA_BROKERS: harness.brokers.join(','),
          MARSAD_REDIS_URL: redis.url,
          MARSAD_NAMESPACE: `${harness.namespace}-ready`,
          MARSAD_LOG_LEVEL: 'error',
          MARSAD_INGEST_PORT: '0',
        }),
      );
      const url = `http://127.0.0.1:${(ingest.getHttpServer().address() as AddressInfo).port}`;
      const status = async (path: string) => (await fetch(`${url}${path}`)).status;
      expect(await status('/health/ready')).toBe(200);

      await redis.stop();
      const down = await waitFor('readiness to fail', async () => {
        const res = await fetch(`${url}/health/ready`);
        return res.status === 503 && ((await res.json()) as { error: Record<string, { status: string }> });
      });
      expect(Object.keys(down.error)).toEqual(['redis']);
      expect(await status('/health/live')).toBe(200);

      await redis.start();
      await waitFor('readiness to come back', async () => (await status('/health/ready')) === 200);
    } finally {
      await ingest?.close();
      await redis.remove();
    }
  }, 90_000);

  it('shows the queue board to operators only, and retries a parked delivery from it', async () => {
    expect((await fetch(`${harness.urls.notifier}/ops/queues`)).status).toBe(401);
    expect((await fetch(`${harness.urls.notifier}/ops/queues`, { headers: { authorization: `Bearer ${harness.apiKey}` } })).status).toBe(401);
    const basic = `Basic ${Buffer.from(`ops:${harness.opsKey}`).toString('base64')}`;
    const board = await fetch(`${harness.urls.notifier}/ops/queues`, { headers: { authorization: basic } });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('Marsad queues');

    // The receiver refuses the first request (410: parked at once), then accepts.
    const refusing = new WebhookReceiver((n) => (n === 0 ? 410 : 204));
    const queue = new Queue(QUEUES.alerts, { connection: { url: harness.redisUrl }, prefix: harness.namespace });
    try {
      const keyword = `board-${randomBytes(4).toString('hex')}`;
      const sub = await subscribe('board', { keywords: [keyword] }, await refusing.start());
      const articleId = `${harness.namespace}-board`;
      await produceRaw(articleId, JSON.stringify({ id: articleId, title: 'Queue board', body: `An article for the ${keyword} desk.` }));
      const alertId = `${sub}:${articleId}:article`;
      const state = async () => (await (await queue.getJob(alertId))?.getState()) ?? undefined;
      await waitFor('the alert to be parked', async () => (await state()) === 'failed');
      await waitFor('the failed gauge to show it', async () => (await harness.metric('notifier', 'marsad_queue_jobs', { state: 'failed' })) >= 1);

      const retry = await ops(`/ops/queues/api/queues/${QUEUES.alerts}/${encodeURIComponent(alertId)}/retry`, { method: 'PUT' });
      expect(retry.status).toBeLessThan(300);
      await waitFor('the retried alert to be delivered', async () => (await state()) === 'completed');
      expect(refusing.requests).toHaveLength(2);
    } finally {
      await queue.close();
      await refusing.stop();
    }
  }, 60_000);

  describe('the dashboard in a real browser', () => {
    let browser: Browser;

    beforeAll(async () => {
      // Debian's Chromium, installed by scripts/ensure-chromium.sh; playwright-core downloads nothing.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('refuses viewers without the ops key', async () => {
      expect((await fetch(`${harness.urls.notifier}/dashboard`)).status).toBe(401);
      expect((await fetch(`${harness.urls.notifier}/dashboard/stream`, { headers: { authorization: `Bearer ${harness.apiKey}` } })).status).toBe(401);
    });

    it('shows throughput once articles flow, and a new alert with its Arabic evidence right-to-left without a reload', async () => {
      const context = await browser.newContext({
        httpCredentials: { username: 'ops', password: harness.opsKey },
        viewport: { width: 1440, height: 1100 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      try {
        await page.goto(`${harness.urls.notifier}/dashboard`);
        // Page code is given as strings: it runs in the browser, and this project compiles without DOM types.
        await page.waitForFunction(`document.getElementById('updated').textContent.startsWith('updated')`);
        // Set once; a reload would lose it.
        await page.evaluate('window.sameDocument = true');

        const ids = [1, 2, 3].map((n) => `${harness.namespace}-dash-${n}`);
        const titles = ['قصف مدفعي على ريف حماة الغربي', 'اشتباكات في محيط قلعة المضيق', 'وصول قافلة مساعدات إلى دمشق'];
        for (const [i, id] of ids.entries()) await produceRaw(id, arabicArticle(id, titles[i]!));

        // Non-zero throughput on the page: the tile and the chart's latest points.
        await page.waitForFunction(
          `Number(document.getElementById('tile-ingest-total').textContent) > 0 &&
           window.marsadDashboard.charts.throughput.data.datasets[0].data.some((v) => v > 0)`,
        );

        const last = `${subscriptionId}:${ids[2]}:article`;
        const item = page.locator(`[data-alert-id="${last}"]`);
        await item.waitFor();
        expect(await page.evaluate('window.sameDocument')).toBe(true);
        const evidence = item.locator('.evidence');
        expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-alert-id="${last}"] .evidence')).direction`)).toBe('rtl');
        expect(await evidence.locator('mark').count()).toBe(1);
        expect(await item.locator('.alert-title').textContent()).toBe(titles[2]);

        // Once the latency panel has a window with deliveries in it, keep a picture of the page.
        await page.waitForFunction(`document.getElementById('tile-p99').textContent !== '–'`);
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: new URL('dashboard.png', ARTIFACTS).pathname, fullPage: true });
      } finally {
        await context.close();
      }
    }, 90_000);
  });
});
