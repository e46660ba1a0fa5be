import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type kafkajs from 'kafkajs';
import type { TopicName } from '#contracts';
import type { SharedEnv } from '#config';
import { jsonLogger } from '#observability';
import { ConsumerGroupMembership } from './consumer-group-membership.js';
import { kafkaMicroserviceOptions } from './kafka-microservice.options.js';
import { ensureTopics } from './topic-admin.js';

export interface StreamService {
  /** ingest, enricher, notifier: names the Kafka client, the consumer group (under the namespace) and the logs. */
  name: string;
  module: DynamicModule;
  config: SharedEnv;
  /** Topics it reads or writes; created if missing before anything connects. */
  topics: readonly TopicName[];
  http: { port: number; host: string; bodyParser?: boolean };
  /**
   * Mounts plain Express handlers (e.g. a third-party UI) before Nest's own
   * routes, where Express strips the mount path as such handlers expect.
   */
  mountHttp?: (app: INestApplication) => void;
}

/** The consumer group of a service: `<namespace>-<name>`. */
export const consumerGroupOf = (namespace: string, name: string): string => `${namespace}-${name}`;

/**
 * Starts one Marsad service the same way every time: topics ensured, one Nest
 * app serving HTTP (API, /health, /metrics) with the Kafka consumer attached,
 * JSON logs, clean shutdown on SIGTERM.
 */
export async function startStreamService(service: StreamService): Promise<INestApplication> {
  const { name, config } = service;
  const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-${name}` };
  await ensureTopics(kafka, service.topics);
  const app = await NestFactory.create(service.module, {
    bodyParser: service.http.bodyParser ?? true,
    logger: jsonLogger(name, config.MARSAD_LOG_LEVEL),
  });
  service.mountHttp?.(app);
  const microservice = app.connectMicroservice(kafkaMicroserviceOptions(kafka, consumerGroupOf(config.MARSAD_NAMESPACE, name), config.MARSAD_CONSUMER_START), {
    inheritAppConfig: true,
  });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  // ServerKafka exposes [client, consumer, producer]; readiness follows the consumer's group membership.
  const [, consumer] = microservice.unwrap<[kafkajs.Kafka, kafkajs.Consumer, kafkajs.Producer]>();
  app.get(ConsumerGroupMembership).watch(consumer);
  await app.listen(service.http.port, service.http.host);
  return app;
}
