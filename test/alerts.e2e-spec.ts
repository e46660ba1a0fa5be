import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import kafkajs from 'kafkajs';
import { Redis } from 'ioredis';
import { AlertSchema, DigestSchema, ReceiptSchema, TOPICS, type Alert, type Digest, type EnrichedArticle, type Receipt } from '#contracts';
import { verifyWebhook } from '../apps/notifier/src/delivery/webhook-signature.js';
import { resetTopics } from '#kafka';
import { enrichedArticle, eventIn } from './support/enriched-article.js';
import { PipelineHarness } from './support/pipeline-harness.js';
import { SmtpSink } from './support/smtp-sink.js';
import { sleep, waitFor } from './support/wait-for.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

const SECRET = 'alerts-e2e-secret-0123456789';
const nowSeconds = () => Math.floor(Date.now() / 1000);
const bodyOf = (r: { body: string }) => JSON.parse(r.body) as Alert | Digest;
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Issue 5's guarantees on a real broker, Redis, HTTP receivers and an SMTP
 * server. Articles go straight to articles.enriched.v1 (the notifier's input)
 * so each test controls exactly what matched; the full pipeline is covered by
 * pipeline.e2e-spec.
 */
describe('alerts a desk can rely on, on real Kafka, Redis, HTTP and SMTP', () => {
  const smtp = new SmtpSink((n) => (n === 0 ? 451 : undefined));
  let harness: PipelineHarness;
  let producer: kafkajs.Producer;
  const ns = () => harness.namespace;

  const call = (key: string) => (path: string, init: RequestInit = {}) =>
    fetch(`${harness.urls.notifier}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers } });
  const api = (path: string, init?: RequestInit) => call(harness.apiKey)(path, init);
  const other = (path: string, init?: RequestInit) => call(harness.otherTenantKey)(path, init);
  const subscribe = async (body: object): Promise<string> => {
    const res = await api('/v1/subscriptions', { method: 'POST', body: JSON.stringify(body) });
    const json = (await res.json()) as { id: string };
    expect(res.status).toBe(201);
    return json.id;
  };
  const publish = (articles: EnrichedArticle[]) =>
    producer.send({ topic: TOPICS.articlesEnriched, acks: -1, messages: articles.map((a) => ({ key: a.article.id, value: JSON.stringify(a) })) });
  const history = async (id: string) => (await api(`/v1/alerts/${encodeURIComponent(id)}`)).json() as Promise<{ status: string; attempts: Receipt[] }>;

  beforeAll(async () => {
    harness = new PipelineHarness({
      MARSAD_SMTP_URL: await smtp.start(),
      MARSAD_WEBHOOK_TIMEOUT_MS: '1000',
      MARSAD_DELIVERY_ATTEMPTS: '8',
      MARSAD_MAX_REQUEST_BYTES: '16384',
    });
    await resetTopics({ brokers: harness.brokers, clientId: `${harness.namespace}-reset` });
    await harness.start();
    producer = harness.kafka().producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await harness?.stop();
    await smtp.stop();
  }, 60_000);

  it('delivers exactly once to receivers that fail first (HTTP 500, a timeout, a refused connection), signed', async () => {
    const failing = new WebhookReceiver((n) => (n < 2 ? 500 : 204));
    const slow = new WebhookReceiver(() => 204, (n) => (n === 0 ? 2_500 : 0));
    const refusedPort = await freePort();
    const late = new WebhookReceiver();
    try {
      const hook = (base: string) => ({ webhook: { url: `${base}/hook`, secret: SECRET } });
      const keyword = `flaky-${ns()}`;
      const subs = {
        failing: await subscribe({ name: 'failing', match: { keywords: [keyword] }, delivery: hook(await failing.start()) }),
        slow: await subscribe({ name: 'slow', match: { keywords: [keyword] }, delivery: hook(await slow.start()) }),
        refused: await subscribe({ name: 'refused', match: { keywords: [keyword] }, delivery: hook(`http://127.0.0.1:${refusedPort}`) }),
      };
      const id = `${ns()}-flaky`;
      await publish([enrichedArticle({ id, title: 'اختبار التسليم', text: `نص يحمل الكلمة ${keyword} مرة واحدة.` })]);

      // The refused receiver comes up once the first attempt has failed.
      const refusedAlert = `${subs.refused}:${id}:article`;
      await waitFor('a refused attempt', async () => (await history(refusedAlert)).attempts?.length > 0);
      await late.start(refusedPort);

      for (const [name, receiver] of [['failing', failing], ['slow', slow], ['refused', late]] as const) {
        const alertId = `${subs[name]}:${id}:article`;
        await waitFor(`${name} to be delivered`, async () => (await history(alertId)).status === 'delivered', 30_000);
        await sleep(500); // a (wrong) extra delivery would land now
        expect({ name, accepted: receiver.accepted.length }).toEqual({ name, accepted: 1 });
        const got = receiver.accepted[0]!;
        expect(got.headers['idempotency-key']).toBe(alertId);
        expect(verifyWebhook(SECRET, got.body, String(got.headers['x-marsad-signature']), nowSeconds())).toBe(true);
        const outcomes = (await history(alertId)).attempts.map((a) => a.outcome);
        expect(outcomes.at(-1)).toBe('delivered');
        expect(outcomes.slice(0, -1).every((o) => o === 'retrying')).toBe(true);
      }
      expect(failing.requests).toHaveLength(3);
      // The slow receiver's first answer came after the 1 s timeout: retried, and only the retry counts.
      expect(slow.requests.length).toBeGreaterThanOrEqual(2);
      expect((await history(`${subs.slow}:${id}:article`)).attempts[0]!.error).toMatch(/timeout|aborted/i);
      expect((await history(refusedAlert)).attempts[0]!.error).toMatch(/fetch failed|ECONNREFUSED/);
    } finally {
      await Promise.all([failing.stop(), slow.stop(), late.stop()]);
    }
  }, 60_000);

  it('folds a burst over the rate limit into one digest, and digest mode into one message per window; nothing lost', async () => {
    const limited = new WebhookReceiver();
    const digesting = new WebhookReceiver();
    try {
      const burstWord = `burst-${ns()}`;
      const dailyWord = `daily-${ns()}`;
      const limitedSub = await subscribe({
        name: 'limited', match: { keywords: [burstWord] }, flow: { rateLimit: { max: 10, perSeconds: 60 } },
        delivery: { webhook: { url: `${await limited.start()}/hook`, secret: SECRET } },
      });
      const digestSub = await subscribe({
        name: 'digest', match: { keywords: [dailyWord] }, flow: { digest: { everyMinutes: 1 } },
        delivery: { webhook: { url: `${await digesting.start()}/hook`, secret: SECRET } },
      });
      const burst = Array.from({ length: 500 }, (_, i) => enrichedArticle({ id: `${ns()}-burst-${i}`, title: `خبر ${i}`, text: `تطور رقم ${i} في القصة ${burstWord}.` }));
      const daily = Array.from({ length: 3 }, (_, i) => enrichedArticle({ id: `${ns()}-daily-${i}`, title: `ملخص ${i}`, text: `خبر للموجز ${dailyWord} رقم ${i}.` }));
      for (let i = 0; i < burst.length; i += 100) await publish(burst.slice(i, i + 100));
      await publish(daily);

      // The window's digest is sent when the window ends: up to a minute from the first alert.
      await waitFor('the rate-limit digest', () => limited.accepted.some((r) => bodyOf(r).kind === 'digest'), 90_000);
      await waitFor('the digest-mode digest', () => digesting.accepted.length > 0, 90_000);
      await sleep(1_000);

      const single = limited.accepted.map(bodyOf).filter((b): b is Alert => b.kind !== 'digest').map((a) => AlertSchema.parse(a));
      const digests = limited.accepted.map(bodyOf).filter((b) => b.kind === 'digest').map((d) => DigestSchema.parse(d));
      expect(single).toHaveLength(10);
      expect(digests).toHaveLength(1);
      expect(digests[0]).toMatchObject({ reason: 'rate_limit', count: 490, subscription: { id: limitedSub } });
      const everyArticle = [...single.map((a) => a.article.id), ...digests[0]!.alerts.map((a) => a.article.id)];
      expect(new Set(everyArticle).size).toBe(500);
      expect(everyArticle).toHaveLength(500);
      const digestRequest = limited.accepted.find((r) => bodyOf(r).kind === 'digest')!;
      expect(digestRequest.headers['idempotency-key']).toBe(digests[0]!.digestId);
      expect(verifyWebhook(SECRET, digestRequest.body, String(digestRequest.headers['x-marsad-signature']), nowSeconds())).toBe(true);

      // Digest mode: the three alerts arrive together (one message, or two if they straddled a minute boundary).
      const modeDigests = digesting.accepted.map(bodyOf).map((d) => DigestSchema.parse(d));
      expect(modeDigests.every((d) => d.reason === 'digest' && d.subscription.id === digestSub)).toBe(true);
      await waitFor('all three in digests', () => digesting.accepted.map(bodyOf).flatMap((d) => (d as Digest).alerts).length === 3, 70_000);

      // History lists the digest and the alerts folded into it.
      const listed = (await (await api(`/v1/alerts?subscription=${limitedSub}&status=digested&limit=200`)).json()) as { alerts: { id: string }[] };
      expect(listed.alerts).toHaveLength(200);
      const digestRecord = await history(digests[0]!.digestId);
      expect(digestRecord.status).toBe('delivered');
    } finally {
      await Promise.all([limited.stop(), digesting.stop()]);
    }
  }, 150_000);

  it('holds alerts in quiet hours except those at or above the bypass severity', async () => {
    const receiver = new WebhookReceiver();
    try {
      const hhmm = (d: Date) => d.toISOString().slice(11, 16);
      const word = `quiet-${ns()}`;
      const sub = await subscribe({
        name: 'night desk', match: { keywords: [word] },
        flow: { quietHours: { from: hhmm(new Date(Date.now() - 3_600_000)), to: hhmm(new Date(Date.now() + 3 * 3_600_000)), timeZone: 'UTC', bypassSeverity: 60 } },
        delivery: { webhook: { url: `${await receiver.start()}/hook`, secret: SECRET } },
      });
      const text = (n: string) => `قصف عنيف على البلدة ${word} ${n}.`;
      const critical = enrichedArticle({ id: `${ns()}-critical`, title: 'قصف عنيف', text: text('1'), events: [eventIn(text('1'), text('1'), { type: 'ASSAULT', severity: 85 })] });
      const minor = enrichedArticle({ id: `${ns()}-minor`, title: 'تصريح', text: text('2'), events: [eventIn(text('2'), text('2'), { type: 'ASSAULT', severity: 20 })] });
      await publish([critical, minor]);

      await waitFor('the critical alert', () => receiver.accepted.length === 1);
      expect(AlertSchema.parse(bodyOf(receiver.accepted[0]!))).toMatchObject({ article: { id: critical.article.id }, severity: 85 });
      const held = `${sub}:${minor.article.id}:article`;
      await waitFor('the minor alert to be held', async () => (await history(held)).status === 'digested');
      expect(receiver.requests).toHaveLength(1);
      const redis = new Redis(harness.redisUrl);
      try {
        expect(await redis.zscore(`${ns()}:flow:items:${sub}`, held)).not.toBeNull();
        // Asked for now, it is sent now — and leaves the digest, which would otherwise send it again.
        expect((await api(`/v1/alerts/${encodeURIComponent(held)}/redeliver`, { method: 'POST' })).status).toBe(202);
        await waitFor('the redelivered alert', () => receiver.accepted.length === 2);
        expect(AlertSchema.parse(bodyOf(receiver.accepted[1]!)).alertId).toBe(held);
        expect(await redis.zscore(`${ns()}:flow:items:${sub}`, held)).toBeNull();
      } finally {
        redis.disconnect();
      }
    } finally {
      await receiver.stop();
    }
  }, 30_000);

  it('sends one update alert, referring to the first, when a corrected article changes what the subscriber was told', async () => {
    const receiver = new WebhookReceiver();
    try {
      const word = `toll-${ns()}`;
      const sub = await subscribe({ name: 'tolls', match: { keywords: [word] }, delivery: { webhook: { url: `${await receiver.start()}/hook`, secret: SECRET } } });
      const id = `${ns()}-toll`;
      const version = (killed: number, extra = '') => {
        const sentence = `قتل ${killed} مدنيا في غارة ${word}.`;
        const text = `${sentence}${extra}`;
        return enrichedArticle({ id, title: `حصيلة الغارة ${killed}`, text, events: [eventIn(text, sentence, { type: 'ASSAULT', severity: 70, killed })] });
      };
      const first = version(20);
      await publish([first]);
      await waitFor('the first alert', () => receiver.accepted.length === 1);
      const original = AlertSchema.parse(bodyOf(receiver.accepted[0]!));
      expect(original).toMatchObject({ kind: 'alert', alertId: `${sub}:${id}:article` });

      await publish([version(35)]);
      await waitFor('the update', () => receiver.accepted.length === 2);
      const update = AlertSchema.parse(bodyOf(receiver.accepted[1]!));
      expect(update.kind).toBe('update');
      expect(update.update?.of).toBe(original.alertId);
      expect(update.update?.changes).toEqual(expect.arrayContaining([
        { what: 'title', before: 'حصيلة الغارة 20', after: 'حصيلة الغارة 35' },
        { what: 'killed', about: 'ASSAULT', before: 20, after: 35 },
      ]));

      // A reworded version that changes nothing told, and a replay of the first, send nothing.
      await publish([version(35, ' وأفاد شهود بتحليق الطيران.'), first]);
      await waitFor('the notifier to read them', () => harness.caughtUp(`${ns()}-notifier`, TOPICS.articlesEnriched));
      await sleep(1_000);
      expect(receiver.accepted).toHaveLength(2);
    } finally {
      await receiver.stop();
    }
  }, 30_000);

  it('delivers by e-mail over SMTP once, after the server first defers it', async () => {
    const word = `mail-${ns()}`;
    const sub = await subscribe({ name: 'بريد المكتب', match: { keywords: [word] }, delivery: { email: { to: ['desk@example.org'] } } });
    const id = `${ns()}-mail`;
    await publish([enrichedArticle({ id, title: 'خبر عاجل للبريد', text: `تفاصيل الخبر ${word} في الفقرة الأولى.` })]);
    const alertId = `${sub}:${id}:article`;
    await waitFor('the e-mail', async () => (await history(alertId)).status === 'delivered', 30_000);
    const mails = smtp.messages.filter((m) => m.headers['x-marsad-alert-id'] === alertId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: ['desk@example.org'], subject: 'بريد المكتب: خبر عاجل للبريد' });
    expect(mails[0]!.text).toContain(`تفاصيل الخبر ${word}`);
    expect((await history(alertId)).attempts.map((a) => [a.channel, a.outcome, a.status])).toEqual([
      ['email', 'retrying', 451], ['email', 'delivered', 250],
    ]);
  }, 40_000);

  it('parks an alert one channel refused while another delivered it, and redelivers only on the refused one', async () => {
    const refusing = new WebhookReceiver((n) => (n === 0 ? 410 : 204));
    try {
      const word = `mixed-${ns()}`;
      const sub = await subscribe({
        name: 'two channels', match: { keywords: [word] },
        delivery: { webhook: { url: `${await refusing.start()}/hook`, secret: SECRET }, email: { to: ['desk@example.org'] } },
      });
      const id = `${ns()}-mixed`;
      await publish([enrichedArticle({ id, title: 'قناتان', text: `خبر ${word} لقناتين.` })]);
      const alertId = `${sub}:${id}:article`;
      await waitFor('the alert to be parked', async () => (await history(alertId)).status === 'failed');
      const mails = () => smtp.messages.filter((m) => m.headers['x-marsad-alert-id'] === alertId);
      expect(mails()).toHaveLength(1);
      expect(refusing.accepted).toHaveLength(0);

      expect((await api(`/v1/alerts/${encodeURIComponent(alertId)}/redeliver`, { method: 'POST' })).status).toBe(202);
      await waitFor('the redelivery', async () => (await history(alertId)).status === 'delivered');
      expect(refusing.accepted).toHaveLength(1);
      expect(mails()).toHaveLength(1);
    } finally {
      await refusing.stop();
    }
  }, 30_000);

  it('previews a draft over the recent articles before it is saved', async () => {
    const word = `burst-${ns()}`; // the 500 burst articles are in the window
    const res = await api('/v1/subscriptions/preview', { method: 'POST', body: JSON.stringify({ name: 'draft', match: { keywords: [word] } }) });
    expect(res.status).toBe(200);
    const preview = (await res.json()) as { alerts: number; articlesMatched: number; perDay: { date: string; alerts: number }[]; sample: Alert[] };
    expect(preview.alerts).toBe(500);
    expect(preview.perDay).toEqual([{ date: new Date().toISOString().slice(0, 10), alerts: 500 }]);
    expect(preview.sample).toHaveLength(5);
    expect(preview.sample.every((a) => a.article.id.startsWith(`${ns()}-burst-`))).toBe(true);

    const unknown = await api('/v1/subscriptions/preview', { method: 'POST', body: JSON.stringify({ name: 'draft', match: { places: ['Atlantis-on-Sea'] } }) });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { error: string }).error).toBe('unknown_terms');
  });

  it('edits with a merge patch, pauses and resumes; names the field that is wrong; keeps the secret sealed and unseen', async () => {
    const receiver = new WebhookReceiver();
    try {
      const word = `edit-${ns()}`;
      const sub = await subscribe({ name: 'editable', match: { keywords: ['placeholder-word'] }, delivery: { webhook: { url: `${await receiver.start()}/hook`, secret: SECRET } } });
      const patched = await api(`/v1/subscriptions/${sub}`, {
        method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json' }, body: JSON.stringify({ name: 'edited', match: { keywords: [word] } }),
      });
      expect(patched.status).toBe(200);
      const view = (await patched.json()) as Record<string, unknown>;
      expect(view).toMatchObject({ name: 'edited', match: { keywords: [word] }, delivery: { webhook: { url: expect.any(String), format: 'json' } } });
      expect(JSON.stringify(view)).not.toContain(SECRET);

      const bad = await api(`/v1/subscriptions/${sub}`, { method: 'PATCH', body: JSON.stringify({ flow: { rateLimit: { max: 0, perSeconds: 60 } } }) });
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['flow.rateLimit.max']);

      // Stored sealed: Redis holds no plain secret.
      const redis = new Redis(harness.redisUrl);
      try {
        expect(await redis.hget(`${ns()}:subscriptions`, sub)).toMatch(/"secret":"sealed:v1:/);
        expect(await redis.hget(`${ns()}:subscriptions`, sub)).not.toContain(SECRET);
      } finally {
        redis.disconnect();
      }

      expect((await api(`/v1/subscriptions/${sub}/pause`, { method: 'POST' })).status).toBe(200);
      await publish([enrichedArticle({ id: `${ns()}-while-paused`, title: 'أثناء الإيقاف', text: `خبر ${word} أثناء الإيقاف.` })]);
      await waitFor('the notifier to read it', () => harness.caughtUp(`${ns()}-notifier`, TOPICS.articlesEnriched));
      expect((await api(`/v1/subscriptions/${sub}/resume`, { method: 'POST' })).status).toBe(200);
      await publish([enrichedArticle({ id: `${ns()}-resumed`, title: 'بعد الاستئناف', text: `خبر ${word} بعد الاستئناف.` })]);
      await waitFor('the alert after resuming', () => receiver.accepted.length === 1);
      const got = receiver.accepted[0]!;
      expect(AlertSchema.parse(bodyOf(got)).article.id).toBe(`${ns()}-resumed`);
      // The patch kept the secret it did not mention.
      expect(verifyWebhook(SECRET, got.body, String(got.headers['x-marsad-signature']), nowSeconds())).toBe(true);

      const huge = await api('/v1/subscriptions', { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(20_000) }) });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { error: string }).error).toBe('payload_too_large');
    } finally {
      await receiver.stop();
    }
  }, 30_000);

  it("keeps tenants apart: one desk cannot see, change, preview or redeliver another's", async () => {
    const { subscriptions } = (await (await api('/v1/subscriptions')).json()) as { subscriptions: { id: string }[] };
    const mine = subscriptions[0]!.id;
    expect(((await (await other('/v1/subscriptions')).json()) as { subscriptions: unknown[] }).subscriptions).toEqual([]);
    for (const [path, init] of [
      [`/v1/subscriptions/${mine}`, {}],
      [`/v1/subscriptions/${mine}`, { method: 'PATCH', body: JSON.stringify({ name: 'taken' }) }],
      [`/v1/subscriptions/${mine}/pause`, { method: 'POST' }],
      [`/v1/subscriptions/${mine}/preview`, { method: 'POST' }],
      [`/v1/subscriptions/${mine}`, { method: 'DELETE' }],
    ] as const) {
      expect({ path, status: (await other(path, init)).status }).toEqual({ path, status: 404 });
    }
    const { alerts } = (await (await api('/v1/alerts?limit=1')).json()) as { alerts: { id: string }[] };
    expect(alerts).toHaveLength(1);
    expect(((await (await other('/v1/alerts')).json()) as { alerts: unknown[] }).alerts).toEqual([]);
    expect(((await (await other(`/v1/alerts?subscription=${mine}`)).json()) as { alerts: unknown[] }).alerts).toEqual([]);
    expect((await other(`/v1/alerts/${encodeURIComponent(alerts[0]!.id)}`)).status).toBe(404);
    expect((await other(`/v1/alerts/${encodeURIComponent(alerts[0]!.id)}/redeliver`, { method: 'POST' })).status).toBe(404);
    // And the owner still has it, unchanged.
    expect((await api(`/v1/subscriptions/${mine}`)).status).toBe(200);

    // The live stream, asked for another desk's subscription, shows nothing of it.
    const receiver = new WebhookReceiver();
    const controller = new AbortController();
    try {
      const word = `live-${ns()}`;
      const sub = await subscribe({ name: 'live', match: { keywords: [word] }, delivery: { webhook: { url: `${await receiver.start()}/hook`, secret: SECRET } } });
      const res = await other(`/v1/alerts/stream?subscription=${sub}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
      expect(res.status).toBe(200);
      let received = '';
      const reading = (async () => {
        try {
          for await (const chunk of res.body!) received += new TextDecoder().decode(chunk as Uint8Array);
        } catch {
          // aborted below
        }
      })();
      await publish([enrichedArticle({ id: `${ns()}-live`, title: 'مباشر', text: `خبر ${word} مباشر.` })]);
      await waitFor('the owner to get it', () => receiver.accepted.length === 1);
      await sleep(500);
      controller.abort();
      await reading;
      expect(received).not.toContain(`${ns()}-live`);
    } finally {
      controller.abort();
      await receiver.stop();
    }
  }, 30_000);

  it('publishes a receipt per attempt on alerts.receipts.v1', async () => {
    const consumer = harness.kafka().consumer({ groupId: `${ns()}-receipts-reader` });
    const receipts: Receipt[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: TOPICS.alertReceipts, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void receipts.push(ReceiptSchema.parse(JSON.parse(message.value!.toString()))) });
    try {
      await waitFor('the receipts of the burst', () => receipts.filter((r) => r.outcome === 'digested').length >= 490, 30_000);
      // In order per alert (its key's partition): the deferred e-mail, then the delivered one.
      await waitFor('the e-mail receipts', () => receipts.filter((r) => r.articleId === `${ns()}-mail`).length === 2);
      expect(receipts.filter((r) => r.articleId === `${ns()}-mail`).map((r) => [r.channel, r.outcome, r.status])).toEqual([['email', 'retrying', 451], ['email', 'delivered', 250]]);
      expect(receipts.filter((r) => r.kind === 'digest' && r.outcome === 'delivered').length).toBeGreaterThanOrEqual(2);
    } finally {
      await consumer.disconnect();
    }
  }, 40_000);

  it('sends nothing again when the notifier restarts and replays everything (digests and updates included)', async () => {
    await waitFor('the notifier to commit everything', () => harness.caughtUp(`${ns()}-notifier`, TOPICS.articlesEnriched));
    const sent = smtp.messages.length;
    const deliveredBefore = await harness.metric('notifier', 'marsad_deliveries_total', { outcome: 'delivered' });
    await harness.restartNotifier({ replayFromStart: true });
    await waitFor('the replay to finish', () => harness.caughtUp(`${ns()}-notifier`, TOPICS.articlesEnriched), 60_000);
    await sleep(2_000);
    // A fresh process: its counters start at zero, and must stay there — on every channel.
    expect(deliveredBefore).toBeGreaterThan(0);
    const after = (await (await fetch(`${harness.urls.notifier}/metrics`)).text()).split('\n').filter((l) => l.startsWith('marsad_deliveries_total'));
    expect(after).toEqual([]);
    expect(smtp.messages.length).toBe(sent);
  }, 90_000);
});
