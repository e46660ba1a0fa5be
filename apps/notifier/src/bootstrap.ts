import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TOPICS } from '#contracts';
import { ensureTopics, kafkaMicroserviceOptions } from '#kafka';
import { jsonLogger } from '#observability';
import type { NotifierConfig } from './notifier.config.js';
import { NotifierModule } from './notifier.module.js';

/** Starts the notifier: subscriptions API, live stream, `articles.enriched.v1` consumer and delivery worker. */
export async function startNotifier(config: NotifierConfig): Promise<INestApplication> {
  const kafka = { brokers: config.MARSAD_KAFKA_BROKERS, clientId: `${config.MARSAD_NAMESPACE}-notifier` };
  await ensureTopics(kafka, [TOPICS.articlesEnriched, TOPICS.articlesDeadLetter]);
  const app = await NestFactory.create(NotifierModule.register(config), {
    logger: jsonLogger('notifier', config.MARSAD_LOG_LEVEL),
  });
  app.connectMicroservice(kafkaMicroserviceOptions(kafka, `${config.MARSAD_NAMESPACE}-notifier`), { inheritAppConfig: true });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.MARSAD_NOTIFIER_PORT, config.MARSAD_NOTIFIER_HOST);
  return app;
}
