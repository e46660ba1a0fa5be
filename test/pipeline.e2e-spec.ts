import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import kafkajs from 'kafkajs';
import { AlertSchema, DEAD_LETTER_ORIGINAL_MAX_BYTES, DeadLetterSchema, QUEUES, TOPICS, type Alert, type DeadLetter, type RawArticle } from '#contracts';
import { verifyWebhook } from '../apps/notifier/src/delivery/webhook-signature.js';
import { resetTopics } from '#kafka';
import { PipelineHarness } from './support/pipeline-harness.js';
import { sleep, waitFor } from './support/wait-for.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

const example = (name: string): RawArticle => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8')) as RawArticle;
const SECRET = 'e2e-webhook-secret-0123456789';

describe('pipeline on real Kafka and Redis', () => {
  const harness = new PipelineHarness();
  const receiver = new WebhookReceiver();
  let producer: kafkajs.Producer;
  let subscriptionId: string;
  let hookUrl: string;

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${harness.urls.notifier}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${harness.apiKey}`, 'content-type': 'application/json', ...init.headers },
    });
  const produceRaw = (key: string, value: Buffer | string) =>
    producer.send({ topic: TOPICS.articlesRaw, acks: -1, messages: [{ key, value }] });
  const postArticles = (body: string | Buffer) =>
    fetch(`${harness.urls.ingest}/v1/articles`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const alertFor = (articleId: string) => waitFor(`an alert for ${articleId}`, () => receiver.alertsFor(articleId)[0]);

  beforeAll(async () => {
    await resetTopics({ brokers: harness.brokers, clientId: `${harness.namespace}-reset` });
    hookUrl = await receiver.start();
    await harness.start();
    producer = harness.kafka().producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    const res = await api('/v1/subscriptions', {
      method: 'POST',
      body: JSON.stringify({ name: 'Syria desk', match: { places: ['سوريا'] }, delivery: { webhook: { url: `${hookUrl}/hook`, secret: SECRET } } }),
    });
    expect(res.status).toBe(201);
    subscriptionId = ((await res.json()) as { id: string }).id;
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await harness.stop();
    await receiver.stop();
  }, 60_000);

  it('delivers an Arabic article produced to articles.raw.v1 to the webhook once, signed, with its evidence', async () => {
    const articleId = `${harness.namespace}-ar-kafka`;
    await produceRaw(articleId, JSON.stringify({ ...example('ar-hama-shelling.json'), id: articleId }));

    const request = await alertFor(articleId);
    const alert: Alert = AlertSchema.parse(JSON.parse(request.body));
    expect(alert.alertId).toBe(`${subscriptionId}:${articleId}:article`);
    expect(request.headers['idempotency-key']).toBe(alert.alertId);
    expect(verifyWebhook(SECRET, request.body, String(request.headers['x-marsad-signature']), Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhook('another-secret-entirely', request.body, String(request.headers['x-marsad-signature']), Math.floor(Date.now() / 1000))).toBe(false);

    // Syria is named directly, and Damascus matches through its place hierarchy.
    const byEntity = new Map(alert.matches.map((m) => [m.entity?.id, m]));
    expect(byEntity.get('place:country:SY')?.entity).toMatchObject({ name: 'Syria', nameAr: 'سوريا', type: 'LOCATION', category: 'country' });
    expect(byEntity.get('place:geonames:170654')?.entity?.nameAr).toBe('دمشق');
    for (const m of alert.matches) {
      expect(m.evidence.text).toContain(m.mention.text);
      expect(m.mention.start).toBeGreaterThanOrEqual(m.evidence.start);
      expect(m.mention.end).toBeLessThanOrEqual(m.evidence.end);
    }
    // Boilerplate lines never reach the alert's article text.
    expect(alert.matches.some((m) => m.evidence.text.includes('اترك تعليق'))).toBe(false);
  }, 60_000);

  it('delivers an article accepted by POST /v1/articles', async () => {
    const article = { ...example('en-moscow-talks.json'), url: `https://news.example.org/en/${harness.namespace}/moscow-talks` };
    const res = await postArticles(JSON.stringify(article));
    expect(res.status).toBe(202);
    const body = (await res.json()) as { accepted: { id: string }[]; rejected: unknown[] };
    expect(body.rejected).toEqual([]);
    const articleId = body.accepted[0]!.id;
    expect(articleId).toMatch(/^u-[0-9a-f]{32}$/);

    const alert = AlertSchema.parse(JSON.parse((await alertFor(articleId)).body));
    expect(alert.article.title).toBe(article.title);
    expect(alert.matches.map((m) => m.entity?.name)).toContain('Damascus');
  }, 60_000);

  it('sends nothing more when an article is published again, replayed, or corrected under the same id', async () => {
    const articleId = `${harness.namespace}-ar-again`;
    // New wording: the same words under another id would be (rightly) dropped as a duplicate.
    const article = { ...example('ar-hama-shelling.json'), id: articleId, title: 'تجدد القصف على ريف حماة الغربي شمال غربي سوريا' };
    await produceRaw(articleId, JSON.stringify(article));
    await alertFor(articleId);

    const duplicatesBefore = await harness.metric('ingest', 'marsad_kafka_records_consumed_total', { outcome: 'duplicate' });
    const matchedBefore = await harness.metric('notifier', 'marsad_kafka_records_consumed_total', { outcome: 'matched' });
    // 1. The identical record again, through Kafka and through HTTP: ingest drops both.
    await produceRaw(articleId, JSON.stringify(article));
    expect((await postArticles(JSON.stringify(article))).status).toBe(202);
    // 2. An edited version under the same id goes all the way to the notifier,
    //    which finds the alert's job already there.
    await produceRaw(articleId, JSON.stringify({ ...article, body: `${article.body}\n\nتحديث: عاد الهدوء الحذر إلى المنطقة بعد الظهر.` }));

    await waitFor('ingest to drop both copies', async () => (await harness.metric('ingest', 'marsad_kafka_records_consumed_total', { outcome: 'duplicate' })) >= duplicatesBefore + 2);
    await waitFor('the notifier to match the edited article', async () => (await harness.metric('notifier', 'marsad_kafka_records_consumed_total', { outcome: 'matched' })) >= matchedBefore + 1);
    await sleep(1500); // time for a (wrong) second delivery to arrive
    expect(receiver.alertsFor(articleId)).toHaveLength(1);
  }, 60_000);

  it('dead-letters malformed records with their reason and original bytes while good records around them flow', async () => {
    const ns = harness.namespace;
    const good = (n: number) => ({ ...example('ar-hama-shelling.json'), id: `${ns}-good-${n}`, title: `خبر ${n} عن سوريا` });
    const bad: Record<string, Buffer> = {
      [`${ns}-bad-json`]: Buffer.from('{"title": "نص مقطوع'),
      [`${ns}-bad-utf8`]: Buffer.concat([Buffer.from('{"body": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
      [`${ns}-bad-missing`]: Buffer.from(JSON.stringify({ title: 'عنوان بلا نص' })),
      [`${ns}-bad-types`]: Buffer.from(JSON.stringify({ body: 'نص', publishedAt: 12, source: 'wire' })),
      // 7 MB: over the article limit, under the broker's; its dead letter must still fit.
      [`${ns}-bad-oversize`]: Buffer.from(JSON.stringify({ body: 'س'.repeat(3_500_000) })),
      [`${ns}-bad-array`]: Buffer.from('[1, 2]'),
    };
    const expected: Record<string, string> = {
      [`${ns}-bad-json`]: 'invalid_json',
      [`${ns}-bad-utf8`]: 'invalid_utf8',
      [`${ns}-bad-missing`]: 'missing_text',
      [`${ns}-bad-types`]: 'invalid_field',
      [`${ns}-bad-oversize`]: 'oversize',
      [`${ns}-bad-array`]: 'not_an_object',
    };
    await produceRaw(`${ns}-good-1`, JSON.stringify(good(1)));
    for (const [key, value] of Object.entries(bad)) await produceRaw(key, value);
    await produceRaw(`${ns}-good-2`, JSON.stringify(good(2)));

    const letters = new Map<string, DeadLetter>();
    const consumer = harness.kafka().consumer({ groupId: `${ns}-dlq-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPICS.articlesDeadLetter, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const letter = DeadLetterSchema.parse(JSON.parse(message.value!.toString('utf8')));
        if (letter.source.key !== null && letter.source.key in bad) letters.set(letter.source.key, letter);
      },
    });
    try {
      await waitFor('every malformed record on the dead-letter topic', () => letters.size === Object.keys(bad).length);
    } finally {
      await consumer.disconnect();
    }
    for (const [key, letter] of letters) {
      expect({ key, code: letter.reason.code }).toEqual({ key, code: expected[key] });
      expect(letter.stage).toBe('ingest');
      expect(letter.source.topic).toBe(TOPICS.articlesRaw);
      const original = bad[key]!;
      expect(letter.original).toEqual(expect.objectContaining({
        bytes: original.byteLength,
        sha256: createHash('sha256').update(original).digest('hex'),
        truncated: original.byteLength > DEAD_LETTER_ORIGINAL_MAX_BYTES,
      }));
      expect(Buffer.from(letter.original.data, 'base64').equals(original.subarray(0, DEAD_LETTER_ORIGINAL_MAX_BYTES))).toBe(true);
    }
    await alertFor(`${ns}-good-1`);
    await alertFor(`${ns}-good-2`);
  }, 90_000);

  it('fires an event-typed, role-aware subscription on the right event and stays silent on the others', async () => {
    const queue = new Queue(QUEUES.alerts, { connection: { url: harness.redisUrl }, prefix: harness.namespace });
    try {
      const subscribe = async (name: string, match: object) => {
        const res = await api('/v1/subscriptions', { method: 'POST', body: JSON.stringify({ name, match, delivery: { webhook: { url: `${hookUrl}/hook`, secret: SECRET } } }) });
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: string }).id;
      };
      const asSource = await subscribe('Russian air force striking', { eventTypes: ['ASSAULT'], actors: ['Russian Aerospace Forces'], actorRole: 'source' });
      const asTarget = await subscribe('Russian air force struck', { eventTypes: ['ASSAULT'], actors: ['Russian Aerospace Forces'], actorRole: 'target' });
      const protests = await subscribe('Protests in Hama', { eventTypes: ['PROTEST'], places: ['Hama'] });

      // Written for this test: Russian aircraft strike Islamic State positions at Qalaat al-Madiq.
      const articleId = `${harness.namespace}-event`;
      await produceRaw(articleId, JSON.stringify({
        id: articleId, language: 'ar', title: 'تطورات ميدانية', publishedAt: '2026-11-20T09:00:00Z',
        body: 'شن الطيران الحربي الروسي أمس غارات على مواقع تنظيم داعش في قلعة المضيق بريف حماة، ما أسفر عن مقتل خمسة مسلحين.',
      }));
      const request = await waitFor('the event alert', () => receiver.alertsFor(articleId).find((r) => AlertSchema.parse(JSON.parse(r.body)).subscription.id === asSource));
      const alert = AlertSchema.parse(JSON.parse(request.body));
      expect(alert.alertId).toMatch(new RegExp(`^${asSource}:${articleId}:ev-ASSAULT-text-\\d+$`));
      expect(alert.matches[0]).toMatchObject({
        via: 'event', term: 'ASSAULT',
        event: { type: 'ASSAULT', mode: 'aerial', source: 'actor:org:ru-aerospace-forces', target: 'actor:group:isis', place: 'place:geonames:166227', killed: 5, date: '2026-11-19' },
      });
      // One match call enqueued every alert of this article together: the queue now shows all there will be.
      const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
      const fired = new Set(jobs.filter((j) => (j.data as Alert).article.id === articleId).map((j) => (j.data as Alert).subscription.id));
      expect(fired.has(asSource)).toBe(true);
      expect(fired.has(asTarget)).toBe(false);
      expect(fired.has(protests)).toBe(false);
    } finally {
      await queue.close();
    }
  });

  it('retries a failing webhook with backoff until it answers, and parks alerts it refuses or never takes', async () => {
    const flaky = new WebhookReceiver((n) => (n < 2 ? 503 : 204));
    const gone = new WebhookReceiver((n) => (n === 0 ? 410 : 204));
    const down = new WebhookReceiver(() => 500);
    const queue = new Queue(QUEUES.alerts, { connection: { url: harness.redisUrl }, prefix: harness.namespace });
    try {
      const subscribe = async (name: string, url: string) => {
        const res = await api('/v1/subscriptions', {
          method: 'POST',
          body: JSON.stringify({ name, match: { keywords: [`${name} ${harness.namespace}`] }, delivery: { webhook: { url, secret: SECRET } } }),
        });
        return ((await res.json()) as { id: string }).id;
      };
      const flakySub = await subscribe('flaky', await flaky.start());
      const goneSub = await subscribe('gone', await gone.start());
      const downSub = await subscribe('down', await down.start());
      const articleId = `${harness.namespace}-delivery`;
      await produceRaw(articleId, JSON.stringify({
        id: articleId,
        title: 'Delivery test',
        body: `One article for three receivers: flaky ${harness.namespace}, gone ${harness.namespace} and down ${harness.namespace}.`,
      }));

      await waitFor('three attempts at the flaky receiver', () => flaky.requests.length === 3);
      const keys = flaky.requests.map((r) => r.headers['idempotency-key']);
      expect(keys).toEqual([`${flakySub}:${articleId}:article`, `${flakySub}:${articleId}:article`, `${flakySub}:${articleId}:article`]);
      for (const r of flaky.requests) {
        expect(verifyWebhook(SECRET, r.body, String(r.headers['x-marsad-signature']), Math.floor(Date.now() / 1000))).toBe(true);
      }

      const settled = async (id: string) => {
        const job = await queue.getJob(id);
        const state = job ? await job.getState() : undefined;
        return state === 'failed' || state === 'completed' ? { state, attempts: job!.attemptsMade, reason: job!.failedReason } : undefined;
      };
      expect(await waitFor('the flaky alert to complete', () => settled(`${flakySub}:${articleId}:article`))).toEqual(
        expect.objectContaining({ state: 'completed', attempts: 3 }),
      );
      // 410 cannot get better by retrying: parked after one attempt.
      expect(await waitFor('the refused alert to be parked', () => settled(`${goneSub}:${articleId}:article`))).toEqual({
        state: 'failed', attempts: 1, reason: 'webhook answered 410',
      });
      // 500 might: retried up to the configured attempts (4 here), then parked.
      expect(await waitFor('the undeliverable alert to be parked', () => settled(`${downSub}:${articleId}:article`))).toEqual({
        state: 'failed', attempts: 4, reason: 'webhook answered 500',
      });
      expect(down.requests).toHaveLength(4);
      expect(gone.requests).toHaveLength(1);

      // The history shows each attempt's outcome with the receiver's answer.
      const history = (await (await api(`/v1/alerts/${encodeURIComponent(`${flakySub}:${articleId}:article`)}`)).json()) as {
        status: string; attempts: { channel: string; outcome: string; status: number; attempt: number }[];
      };
      expect(history.status).toBe('delivered');
      expect(history.attempts.map((a) => [a.attempt, a.channel, a.outcome, a.status])).toEqual([
        [1, 'webhook', 'retrying', 503], [2, 'webhook', 'retrying', 503], [3, 'webhook', 'delivered', 204],
      ]);

      // Once the receiver is fixed, the subscriber lists its parked alerts and redelivers one.
      const parked = (await (await api('/v1/alerts?status=failed')).json()) as { alerts: { id: string; attempts: { error: string }[] }[] };
      expect(parked.alerts.map((a) => a.id).sort()).toEqual([`${downSub}:${articleId}:article`, `${goneSub}:${articleId}:article`].sort());
      expect(parked.alerts.find((a) => a.id.startsWith(goneSub))?.attempts.at(-1)?.error).toBe('webhook answered 410');
      const goneAlert = `${goneSub}:${articleId}:article`;
      expect((await api(`/v1/alerts/${encodeURIComponent(goneAlert)}/redeliver`, { method: 'POST' })).status).toBe(202);
      expect(await waitFor('the redelivered alert to be delivered', () => settled(goneAlert))).toEqual(expect.objectContaining({ state: 'completed' }));
      expect(gone.requests).toHaveLength(2);
      // A delivered alert can be sent again on request (a receiver that lost it), under the same id.
      expect((await api(`/v1/alerts/${encodeURIComponent(goneAlert)}/redeliver`, { method: 'POST' })).status).toBe(202);
      await waitFor('the second redelivery', () => gone.requests.length === 3);
      expect(gone.requests.map((r) => r.headers['idempotency-key'])).toEqual([goneAlert, goneAlert, goneAlert]);
      expect((await api(`/v1/alerts/${encodeURIComponent('sub_nope:x:article')}/redeliver`, { method: 'POST' })).status).toBe(404);
    } finally {
      await queue.close();
      await Promise.all([flaky.stop(), gone.stop(), down.stop()]);
    }
  }, 60_000);

  it('sends nothing again when the notifier restarts and replays the whole enriched topic', async () => {
    const articleId = `${harness.namespace}-before-restart`;
    await produceRaw(articleId, JSON.stringify({ id: articleId, title: 'اجتماع في دمشق', body: `عقد في دمشق اليوم اجتماع ${harness.namespace}.` }));
    await alertFor(articleId);
    await waitFor('the notifier to commit everything', () => harness.caughtUp(`${harness.namespace}-notifier`, TOPICS.articlesEnriched));
    const delivered = receiver.requests.length;

    await harness.restartNotifier({ replayFromStart: true });
    await waitFor('the replay to finish', () => harness.caughtUp(`${harness.namespace}-notifier`, TOPICS.articlesEnriched), 45_000);
    await sleep(1500); // time for a (wrong) second delivery to arrive
    expect(receiver.requests.length).toBe(delivered);
    expect(receiver.alertsFor(articleId)).toHaveLength(1);

    // And the restarted notifier still delivers what is new.
    const after = `${harness.namespace}-after-restart`;
    await produceRaw(after, JSON.stringify({ id: after, title: 'اجتماع آخر في دمشق', body: `عقد في دمشق اجتماع ثان ${harness.namespace}.` }));
    await alertFor(after);
  }, 90_000);

  it('streams alerts to live viewers over server-sent events', async () => {
    const controller = new AbortController();
    const res = await api('/v1/alerts/stream', { headers: { accept: 'text/event-stream' }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    let received = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of res.body!) received += decoder.decode(chunk as Uint8Array, { stream: true });
      } catch {
        // aborted below
      }
    })();
    try {
      const articleId = `${harness.namespace}-live`;
      await produceRaw(articleId, JSON.stringify({ id: articleId, title: 'بث مباشر من دمشق', body: `خبر عاجل من دمشق ${harness.namespace}.` }));
      await waitFor('the alert on the live stream', () => received.includes(`"id":"${articleId}"`));
      const event = received.split('\n\n').find((e) => e.includes(articleId))!;
      expect(event).toContain('event: alert');
      expect(event).toContain(`id: ${subscriptionId}:${articleId}:article`);
    } finally {
      controller.abort();
      await reading;
    }
  }, 30_000);

  it('answers bad HTTP input with a status and a machine-readable reason', async () => {
    const cases: [string | Buffer, number, string][] = [
      ['{"title": ', 400, 'invalid_json'],
      [Buffer.from([0x7b, 0x22, 0x62, 0xff, 0x22, 0x7d]), 400, 'invalid_utf8'],
      ['"just a string"', 400, 'not_an_object'],
      [JSON.stringify({ title: 'no text' }), 422, 'missing_text'],
      [JSON.stringify({ body: 'text', url: 'not a url' }), 422, 'invalid_field'],
      [JSON.stringify({ body: 'x'.repeat(2 * 1024 * 1024 + 10) }), 413, 'oversize'],
      ['[]', 422, 'invalid_field'],
    ];
    for (const [body, status, error] of cases) {
      const res = await postArticles(body);
      expect({ status: res.status, error: ((await res.json()) as { error: string }).error }).toEqual({ status, error });
    }

    const batch = await postArticles(JSON.stringify([{ body: 'نص صالح عن دمشق', id: `${harness.namespace}-batch-ok` }, { title: 'بلا نص' }]));
    expect(batch.status).toBe(202);
    expect(await batch.json()).toEqual({
      accepted: [{ index: 0, id: `${harness.namespace}-batch-ok` }],
      rejected: [expect.objectContaining({ index: 1, code: 'missing_text' })],
    });
  }, 30_000);

  it('manages subscriptions by API key, resolving English and Arabic names', async () => {
    expect((await fetch(`${harness.urls.notifier}/v1/subscriptions`)).status).toBe(401);

    const unknown = await api('/v1/subscriptions', {
      method: 'POST',
      body: JSON.stringify({ name: 'typo', match: { places: ['Sirya'] }, delivery: { webhook: { url: 'http://127.0.0.1:9/x', secret: SECRET } } }),
    });
    expect(unknown.status).toBe(422);
    const problem = (await unknown.json()) as { error: string; unresolved: { query: string; suggestions: { id: string }[] }[] };
    expect(problem.error).toBe('unknown_terms');
    expect(problem.unresolved[0]!.suggestions.map((s) => s.id)).toContain('place:country:SY');

    const created = await api('/v1/subscriptions', {
      method: 'POST',
      body: JSON.stringify({ name: 'Moscow', match: { places: ['Moscow'], actors: ['روسيا'] }, delivery: { webhook: { url: 'http://127.0.0.1:9/x', secret: SECRET } } }),
    });
    expect(created.status).toBe(201);
    const sub = (await created.json()) as { id: string; match: { places: { id: string }[]; actors: { id: string }[] }; delivery: { webhook: Record<string, string> } };
    expect(sub.match.places[0]!.id).toBe('place:geonames:524901');
    expect(sub.match.actors[0]!.id).toBe('place:country:RU');
    expect(sub.delivery.webhook['secret']).toBeUndefined();

    expect((await api(`/v1/subscriptions/${sub.id}`)).status).toBe(200);
    const list = (await (await api('/v1/subscriptions')).json()) as { subscriptions: { id: string }[] };
    expect(list.subscriptions.map((s) => s.id)).toEqual(expect.arrayContaining([subscriptionId, sub.id]));
    expect((await api(`/v1/subscriptions/${sub.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/v1/subscriptions/${sub.id}`)).status).toBe(404);
  }, 30_000);
});
