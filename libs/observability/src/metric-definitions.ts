/**
 * Every metric Marsad exports, in one place: the names Grafana, the ops
 * dashboard and the README refer to. Prometheus conventions: `marsad_` prefix,
 * base units in the name (`_seconds`), `_total` on counters. Each service also
 * exports prom-client's default `process_*` and `nodejs_*` metrics, and every
 * series carries a `service` label (ingest, enricher, notifier).
 */
export interface MetricDefinition<L extends string = string> {
  name: string;
  help: string;
  labelNames: readonly L[];
}
export interface HistogramDefinition<L extends string = string> extends MetricDefinition<L> {
  buckets: readonly number[];
}

const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]): MetricDefinition<L> => ({ name, help, labelNames });
const gauge = counter;
const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: readonly number[]): HistogramDefinition<L> => ({
  name,
  help,
  labelNames,
  buckets,
});

/** Seconds, from a fast in-memory step (1 ms) to a slow webhook (30 s). */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Publish → delivered spans queueing and webhook retries with backoff: up to minutes. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900];
const COUNT_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

export const METRICS = {
  recordsConsumed: counter(
    'marsad_kafka_records_consumed_total',
    'Records a service consumed from a topic, by what became of them',
    ['topic', 'outcome'] as const,
  ),
  recordsProduced: counter('marsad_kafka_records_produced_total', 'Records produced to a topic and acknowledged by the broker', ['topic'] as const),
  consumerLag: gauge(
    'marsad_kafka_consumer_lag_messages',
    "Records on a partition not yet committed by this service's consumer group (read at scrape time)",
    ['topic', 'partition'] as const,
  ),
  stageDuration: histogram(
    'marsad_stage_duration_seconds',
    'Time to process one record in a pipeline stage, output acknowledged',
    ['stage'] as const,
    DURATION_BUCKETS,
  ),
  endToEndLatency: histogram(
    'marsad_end_to_end_latency_seconds',
    'From the article reaching Marsad (its articles.raw.v1 record) to its alert delivered to the webhook',
    [] as const,
    LATENCY_BUCKETS,
  ),
  deadLetters: counter('marsad_dead_letters_total', 'Records sent to articles.dlq.v1, by stage and reason code', ['stage', 'reason'] as const),
  duplicatesSuppressed: counter('marsad_duplicates_suppressed_total', 'Articles dropped as exact duplicates of content already published', [] as const),
  entitiesPerArticle: histogram('marsad_entities_per_article', 'Entities found in one article, by entity type', ['type'] as const, COUNT_BUCKETS),
  eventsPerArticle: histogram(
    'marsad_events_per_article',
    'Events extracted from one article',
    [] as const,
    COUNT_BUCKETS,
  ),
  queueJobs: gauge('marsad_queue_jobs', 'BullMQ jobs by queue and state (read at scrape time)', ['queue', 'state'] as const),
  deliveries: counter('marsad_deliveries_total', 'Alert delivery attempts, by channel and outcome', ['channel', 'outcome'] as const),
  alertsDelivered: counter('marsad_alerts_delivered_total', 'Alerts delivered to the webhook, by subscription', ['subscription'] as const),
} as const;
