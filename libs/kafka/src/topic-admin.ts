import { TOPIC_PARTITIONS, type TopicName } from '#contracts';
import { createKafka, type KafkaConnection } from './kafka-connection.js';

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
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS[topic], replicationFactor: 1 })),
    });
  } finally {
    await admin.disconnect();
  }
}
