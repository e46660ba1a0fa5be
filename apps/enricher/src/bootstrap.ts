import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TOPICS } from '#contracts';
import { ensureTopics, kafkaMicroserviceOptions } from '#kafka';
import { jsonLogger } from '#observability';
import type { EnricherConfig } from './enricher.config.js';
import { EnricherModule } from './enricher.module.js';

/** Starts the enricher: `articles.clean.v1` → `articles.enriched.v1`, health and metrics over HTTP. */
export async function startEnricher(config: EnricherConfig): Promise<INestApplication> {
  const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-enricher` };
  await ensureTopics(kafka, [TOPICS.articlesClean, TOPICS.articlesEnriched, TOPICS.articlesDeadLetter]);
  const app = await NestFactory.create(EnricherModule.register(config), {
    logger: jsonLogger('enricher', config.MARSAD_LOG_LEVEL),
  });
  app.connectMicroservice(kafkaMicroserviceOptions(kafka, `${config.MARSAD_NAMESPACE}-enricher`), { inheritAppConfig: true });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.MARSAD_ENRICHER_PORT, config.MARSAD_ENRICHER_HOST);
  return app;
}
