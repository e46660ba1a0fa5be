import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '#contracts';
import { startStreamService } from '#kafka';
import type { NotifierConfig } from './notifier.config.js';
import { NotifierModule } from './notifier.module.js';
import { mountJsonBody } from './http/json-body.js';
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
    topics: [TOPICS.articlesEnriched, TOPICS.articlesDeadLetter, TOPICS.alertReceipts],
    // Bodies are parsed by mountJsonBody: with a size limit and JSON errors.
    http: { port: config.MARSAD_NOTIFIER_PORT, host: config.MARSAD_NOTIFIER_HOST, bodyParser: false },
    mountHttp: (app) => {
      mountJsonBody(app, config.MARSAD_MAX_REQUEST_BYTES);
      mountQueueBoard(app);
    },
  });
}
