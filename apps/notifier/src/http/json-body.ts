import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * JSON request bodies for the API, up to `limit` bytes, as `application/json`
 * or `application/merge-patch+json` (PATCH). A body that is too large or not
 * JSON is answered here, as JSON with a reason, before any route runs: the
 * parser's own answer would be an HTML page.
 */
export function mountJsonBody(app: INestApplication, limit: number): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit, type: ['application/json', 'application/merge-patch+json'] });
  express.use((error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({ error: 'payload_too_large', message: `request body over the limit of ${limit} bytes` });
    } else if (error.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'invalid_json', message: 'the request body is not valid JSON' });
    } else if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ error: 'bad_request', message: error.message ?? 'bad request' });
    } else {
      next(error);
    }
  });
}
