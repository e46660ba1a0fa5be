/**
 * Every Kafka topic Marsad reads or writes. Versioned names: a breaking change
 * to a message gets a new topic (`.v2`) so old and new consumers can coexist.
 */
export const TOPICS = {
  /** Articles as feeds publish them (Kafka producers, HTTP intake, CLI). */
  articlesRaw: 'articles.raw.v1',
  /** Validated, cleaned, de-duplicated articles, keyed by article id. */
  articlesClean: 'articles.clean.v1',
  /** Clean articles plus the entities found in them. */
  articlesEnriched: 'articles.enriched.v1',
  /** Records any stage could not process, with the reason and original bytes. */
  articlesDeadLetter: 'articles.dlq.v1',
  /** One record per delivery attempt of an alert or digest (outcome, receiver's answer), keyed by alert id. */
  alertReceipts: 'alerts.receipts.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/**
 * Partition counts the services create topics with. The key is always the
 * article id, so every stage of one article stays ordered on one partition;
 * more partitions means more consumer replicas can share the work.
 */
export const TOPIC_PARTITIONS: Readonly<Record<TopicName, number>> = {
  [TOPICS.articlesRaw]: 6,
  [TOPICS.articlesClean]: 6,
  [TOPICS.articlesEnriched]: 6,
  [TOPICS.articlesDeadLetter]: 1,
  [TOPICS.alertReceipts]: 3,
};

/** BullMQ queues. Names may not contain ':' (BullMQ uses it as key separator). */
export const QUEUES = {
  alerts: 'alerts',
} as const;

/** Pipeline stages, as named in dead letters and metrics. */
export const STAGES = ['ingest', 'enricher', 'notifier'] as const;
export type Stage = (typeof STAGES)[number];
