import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '#contracts';
import { startStreamService } from '#kafka';
import type { NotifierConfig } from './notifier.config.js';
import { NotifierModule } from './notifier.module.js';
import { mountQueueBoard } from './ops/queue-board.js';

/**
 * Starts the notifier: subscriptions API, live stream, `articles.enriched.v1`
 * consumer and delivery worker, and the operators' dashboard and queue board.
 */
export function startNotifier(config: NotifierConfig): Promise<INestApplication> {
  return startStreamService({
    name: 'notifier',
    module: NotifierModule.register(config),
    config,
    topics: [TOPICS.articlesEnriched, TOPICS.articlesDeadLetter],
    http: { port: config.MARSAD_NOTIFIER_PORT, host: config.MARSAD_NOTIFIER_HOST },
    mountHttp: mountQueueBoard,
  });
}
