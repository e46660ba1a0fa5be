import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TOPICS } from '#contracts';
import { ensureTopics, kafkaMicroserviceOptions } from '#kafka';
import { jsonLogger } from '#observability';
import type { IngestConfig } from './ingest.config.js';
import { IngestModule } from './ingest.module.js';

/** Starts ingest: HTTP intake on its port and the `articles.raw.v1` consumer. */
export async function startIngest(config: IngestConfig): Promise<INestApplication> {
  const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-ingest` };
  await ensureTopics(kafka, [TOPICS.articlesRaw, TOPICS.articlesClean, TOPICS.articlesDeadLetter]);
  // bodyParser off: the intake reads raw bytes to tell bad UTF-8 from bad JSON.
  const app = await NestFactory.create(IngestModule.register(config), {
    bodyParser: false,
    logger: jsonLogger('ingest', config.MARSAD_LOG_LEVEL),
  });
  app.connectMicroservice(kafkaMicroserviceOptions(kafka, `${config.MARSAD_NAMESPACE}-ingest`), { inheritAppConfig: true });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.MARSAD_INGEST_PORT, config.MARSAD_INGEST_HOST);
  return app;
}
