import kafkajs from 'kafkajs';
import { RawArticleSchema, TOPICS } from '#contracts';
import { articleTextOf } from '../../apps/ingest/src/cleaning/article-cleaner.js';
import { articleIdOf } from '../../apps/ingest/src/intake/article-id.js';
import { readArticleValues } from './article-files.js';

/** Produces raw articles to `articles.raw.v1`, keyed by their stable id when they have one. */
export async function publish(files: string[]): Promise<void> {
  if (files.length === 0) throw new Error('name at least one file');
  const brokers = (process.env['MARSAD_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const producer = new kafkajs.Kafka({ brokers, clientId: 'marsad-cli', logLevel: kafkajs.logLevel.WARN }).producer({
    createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  try {
    for (const file of files) {
      for (const { value, parsed } of readArticleValues(file)) {
        const raw = RawArticleSchema.safeParse(parsed);
        // Invalid articles are sent too (keyed by nothing): ingest owns the verdict.
        const key = raw.success ? articleIdOf(raw.data, articleTextOf(raw.data).text) : null;
        await producer.send({ topic: TOPICS.articlesRaw, acks: -1, messages: [{ key, value }] });
        process.stdout.write(`${file}\t${key ?? '(invalid: ingest will dead-letter it)'}\n`);
      }
    }
  } finally {
    await producer.disconnect();
  }
}
