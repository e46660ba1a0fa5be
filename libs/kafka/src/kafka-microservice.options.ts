import { Transport, type KafkaOptions } from '@nestjs/microservices';
import { kafkaLogCreator, type KafkaConnection } from './kafka-connection.js';
import kafkajs from 'kafkajs';

/**
 * Options for Nest's Kafka transport as every Marsad consumer uses it:
 * - autoCommit off: a handler commits its offset itself, after its output is
 *   acknowledged (see OffsetCommitter), so a crash replays instead of losing;
 * - keepBinary: handlers receive the exact bytes and validate them against the
 *   contract themselves (Nest would otherwise decode lossily and guess at JSON);
 * - no "-server" suffix, so the group id is exactly the one configured.
 */
export function kafkaMicroserviceOptions(connection: KafkaConnection, groupId: string, start: 'earliest' | 'latest' = 'earliest'): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      client: {
        brokers: connection.brokers,
        clientId: connection.clientId,
        logLevel: kafkajs.logLevel.WARN,
        logCreator: kafkaLogCreator(),
        retry: { initialRetryTime: 200, retries: 8 },
      },
      consumer: {
        groupId,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        retry: { initialRetryTime: 200, retries: 8 },
      },
      subscribe: { fromBeginning: start === 'earliest' },
      producer: { createPartitioner: kafkajs.Partitioners.DefaultPartitioner },
      // Partitions are processed concurrently (order holds within each, and
      // the key is the article id); one per partition of the busiest topic.
      run: { autoCommit: false, partitionsConsumedConcurrently: 6 },
      parser: { keepBinary: true },
      postfixId: '',
      // Nest's transport also starts a reply producer; ours publish through
      // KafkaPublisher instead, so this one stays idle.
      producerOnlyMode: false,
    },
  };
}
