import type { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { ALERT_QUEUE, type AlertQueue } from '../delivery/alert-queue.js';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { OPS_CHALLENGE, OpsCredentials } from './ops-credentials.js';

export const QUEUE_BOARD_PATH = '/ops/queues';

/**
 * Bull Board at `/ops/queues`, behind the ops API key: operators see the
 * `alerts` queue by state, read a job's data and error history, and retry a
 * failed (parked) delivery. Mounted as plain Express, as Bull Board expects.
 */
export function mountQueueBoard(app: INestApplication): void {
  const config = app.get<NotifierConfig>(NOTIFIER_CONFIG);
  const queue = app.get<AlertQueue>(ALERT_QUEUE);
  const credentials = new OpsCredentials(config.MARSAD_OPS_API_KEYS);
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue)], serverAdapter: board, options: { uiConfig: { boardTitle: 'Marsad queues' } } });
  const auth = (req: Request, res: Response, next: NextFunction): void => {
    if (credentials.accepts(req.headers.authorization)) return next();
    res.status(401).set('WWW-Authenticate', OPS_CHALLENGE).json({ error: 'unauthorized', message: 'operators only: send an ops API key' });
  };
  app.use(QUEUE_BOARD_PATH, auth, board.getRouter());
}
