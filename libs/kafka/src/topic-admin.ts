import { TOPICS, TOPIC_PARTITIONS, type TopicName } from '#contracts';
import type { Admin } from 'kafkajs';
import { createKafka, type KafkaConnection } from './kafka-connection.js';

/**
 * Per-topic record size limit, set when Marsad creates a topic so it holds on
 * any broker: an article may be 2 MB and must reach ingest to be judged
 * (brokers default to 1 MB). scripts/infra sets the broker-wide limit to match.
 */
const TOPIC_CONFIG = [{ name: 'max.message.bytes', value: String(8 * 1024 * 1024) }];

/**
 * Creates the topics a service needs if they are missing. The broker runs
 * with auto-creation off so a typo in a topic name fails loudly instead of
 * creating a topic nobody reads.
 */
export async function ensureTopics(connection: KafkaConnection, topics: readonly TopicName[]): Promise<void> {
  const admin = createKafka(connection).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS[topic], replicationFactor: 1, configEntries: TOPIC_CONFIG })),
    });
    await waitForLeaders(admin, missing);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Deletes and recreates every pipeline topic: for test and benchmark brokers
 * only, so a run does not chew through the records of earlier runs.
 */
export async function resetTopics(connection: KafkaConnection): Promise<void> {
  const admin = createKafka(connection).admin();
  await admin.connect();
  try {
    const topics = Object.values(TOPICS) as TopicName[];
    const present = (await admin.listTopics()).filter((t) => (topics as string[]).includes(t));
    if (present.length > 0) await admin.deleteTopics({ topics: present, timeout: 10_000 });
    // Deletion completes asynchronously: wait until the broker no longer lists them.
    for (let attempt = 0; (await admin.listTopics()).some((t) => present.includes(t)); attempt++) {
      if (attempt > 100) throw new Error(`topics not deleted: ${present.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await admin.createTopics({
      waitForLeaders: false,
      topics: topics.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS[topic], replicationFactor: 1, configEntries: TOPIC_CONFIG })),
    });
    await waitForLeaders(admin, topics);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until every partition of `topics` has a leader. kafkajs' own
 * `waitForLeaders` gives up on UNKNOWN_TOPIC_OR_PARTITION, which a broker
 * answers for a moment after creating a topic it has just deleted (seen on
 * a freshly started KRaft broker); here that answer only means "not yet".
 */
async function waitForLeaders(admin: Admin, topics: readonly string[], deadline = Date.now() + 30_000): Promise<void> {
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
      if (metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`no leaders for ${topics.join(', ')} after 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
