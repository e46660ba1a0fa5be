import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import kafkajs from 'kafkajs';
import { TOPICS, type TopicName } from '#contracts';
import { parsePrometheusText, sumOf } from '#observability';
import { startEnricher } from '../../apps/enricher/src/bootstrap.js';
import { loadEnricherConfig } from '../../apps/enricher/src/enricher.config.js';
import { startIngest } from '../../apps/ingest/src/bootstrap.js';
import { loadIngestConfig } from '../../apps/ingest/src/ingest.config.js';
import { startNotifier } from '../../apps/notifier/src/bootstrap.js';
import { loadNotifierConfig } from '../../apps/notifier/src/notifier.config.js';

/**
 * The three services, started in this process against the real broker and
 * Redis that `scripts/test.sh` brings up (MARSAD_KAFKA_BROKERS,
 * MARSAD_REDIS_URL). Each harness has its own namespace, so consumer groups,
 * Redis keys and the BullMQ queue are its own; HTTP ports are picked by the OS.
 */
export class PipelineHarness {
  readonly namespace = `e2e-${randomBytes(4).toString('hex')}`;
  /** Tenant `desk-a`'s key; `otherTenantKey` is `desk-b`'s, which must never see desk-a's subscriptions. */
  readonly apiKey = `test-key-${randomBytes(16).toString('hex')}`;
  readonly otherTenantKey = `test-key-${randomBytes(16).toString('hex')}`;
  /** One per harness: a restarted notifier must open the secrets the first one sealed. */
  private readonly secretKey = randomBytes(32).toString('hex');
  readonly opsKey = `ops-key-${randomBytes(16).toString('hex')}`;
  readonly brokers = (process.env['MARSAD_KAFKA_BROKERS'] ?? '127.0.0.1:19092').split(',');
  readonly redisUrl = process.env['MARSAD_REDIS_URL'] ?? 'redis://127.0.0.1:16379';
  private apps: INestApplication[] = [];
  urls = { ingest: '', enricher: '', notifier: '' };

  /** `notifierEnv`: settings of the notifier to add or override (e.g. MARSAD_SMTP_URL). */
  constructor(private readonly notifierEnv: Record<string, string> = {}) {}

  private env(extra: Record<string, string>): Record<string, string> {
    return {
      MARSAD_KAFKA_BROKERS: this.brokers.join(','),
      MARSAD_REDIS_URL: this.redisUrl,
      MARSAD_NAMESPACE: this.namespace,
      MARSAD_LOG_LEVEL: process.env['MARSAD_TEST_LOG_LEVEL'] ?? 'warn',
      ...extra,
    };
  }

  async start(): Promise<void> {
    const ingest = await startIngest(loadIngestConfig(this.env({ MARSAD_INGEST_PORT: '0' })));
    const enricher = await startEnricher(loadEnricherConfig(this.env({ MARSAD_ENRICHER_PORT: '0' })));
    this.urls = { ingest: urlOf(ingest), enricher: urlOf(enricher), notifier: '' };
    // Last: the notifier's dashboard reads the other two services' /metrics.
    const notifier = await this.startNotifier();
    this.apps = [ingest, enricher, notifier];
    this.urls.notifier = urlOf(notifier);
  }

  /**
   * Stops the notifier, optionally rewinds its consumer group to the start of
   * `articles.enriched.v1` (a full replay), and starts a new one.
   */
  async restartNotifier({ replayFromStart }: { replayFromStart: boolean }): Promise<void> {
    await this.apps.pop()!.close();
    if (replayFromStart) {
      const admin = this.kafka().admin();
      await admin.connect();
      await admin.resetOffsets({ groupId: `${this.namespace}-notifier`, topic: TOPICS.articlesEnriched, earliest: true });
      await admin.disconnect();
    }
    const notifier = await this.startNotifier();
    this.apps.push(notifier);
    this.urls.notifier = urlOf(notifier);
  }

  /** Resolves once `groupId` has committed every record currently on `topic`. */
  async caughtUp(groupId: string, topic: TopicName): Promise<boolean> {
    const admin = this.kafka().admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return ends.every((end) => {
        const c = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        return end.offset === '0' || BigInt(c) >= BigInt(end.offset);
      });
    } finally {
      await admin.disconnect();
    }
  }

  private startNotifier(): Promise<INestApplication> {
    return startNotifier(
      loadNotifierConfig(
        this.env({
          MARSAD_NOTIFIER_PORT: '0',
          MARSAD_API_KEYS: `desk-a=${this.apiKey},desk-b=${this.otherTenantKey}`,
          MARSAD_SECRET_KEY: this.secretKey,
          MARSAD_OPS_API_KEYS: this.opsKey,
          MARSAD_DASHBOARD_SOURCES: `ingest=${this.urls.ingest},enricher=${this.urls.enricher}`,
          MARSAD_DASHBOARD_INTERVAL_MS: '500',
          MARSAD_ALLOW_PRIVATE_WEBHOOKS: 'true',
          MARSAD_DELIVERY_BACKOFF_MS: '200',
          MARSAD_DELIVERY_ATTEMPTS: '4',
          ...this.notifierEnv,
        }),
      ),
    );
  }

  async stop(): Promise<void> {
    for (const app of this.apps.reverse()) await app.close();
    this.apps = [];
  }

  kafka(): kafkajs.Kafka {
    return new kafkajs.Kafka({ brokers: this.brokers, clientId: `${this.namespace}-test`, logLevel: kafkajs.logLevel.NOTHING });
  }

  /** Sum of the series named `name` with the given labels, scraped from a service's /metrics; 0 if none. */
  async metric(service: keyof PipelineHarness['urls'], name: string, labels: Record<string, string> = {}): Promise<number> {
    return sumOf(parsePrometheusText(await (await fetch(`${this.urls[service]}/metrics`)).text()), name, labels);
  }
}

const urlOf = (app: INestApplication) => `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

