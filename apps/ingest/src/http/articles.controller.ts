import { Controller, HttpStatus, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Rejection } from '#contracts';
import { INGEST_CONFIG, type IngestConfig } from '../ingest.config.js';
import { ArticleIntakeService } from './article-intake.service.js';
import { readBody } from './read-body.js';

const STATUS_OF: Record<Rejection['code'], number> = {
  invalid_json: HttpStatus.BAD_REQUEST,
  invalid_utf8: HttpStatus.BAD_REQUEST,
  not_an_object: HttpStatus.BAD_REQUEST,
  invalid_message: HttpStatus.BAD_REQUEST,
  oversize: HttpStatus.PAYLOAD_TOO_LARGE,
  missing_text: HttpStatus.UNPROCESSABLE_ENTITY,
  invalid_field: HttpStatus.UNPROCESSABLE_ENTITY,
  empty_after_cleaning: HttpStatus.UNPROCESSABLE_ENTITY,
  unpublishable: HttpStatus.UNPROCESSABLE_ENTITY,
  processing_failed: HttpStatus.UNPROCESSABLE_ENTITY,
};

/**
 * `POST /v1/articles` — one article or an array. 202 with the ids accepted
 * and per-item rejections; 4xx with a reason when nothing can be accepted.
 */
@Controller('v1/articles')
export class ArticlesController {
  private readonly logger = new Logger(ArticlesController.name);
  private readonly maxBodyBytes: number;

  constructor(
    private readonly intake: ArticleIntakeService,
    @Inject(INGEST_CONFIG) config: IngestConfig,
  ) {
    this.maxBodyBytes = config.MARSAD_INGEST_MAX_BATCH_MB * 1024 * 1024;
  }

  @Post()
  async create(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = await readBody(req, this.maxBodyBytes);
    if (body === 'too_large') {
      res.status(HttpStatus.PAYLOAD_TOO_LARGE).json({ error: 'oversize', message: `request body exceeds ${this.maxBodyBytes} bytes` });
      return;
    }
    let result;
    try {
      result = await this.intake.accept(body, this.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof Error) || !error.name.startsWith('KafkaJS')) throw error;
      // Some articles of a batch may have been queued; sending the request
      // again is safe, since their ids are stable and duplicates are dropped.
      this.logger.error({ message: 'intake could not publish', error: error.message });
      res.status(HttpStatus.SERVICE_UNAVAILABLE).set('Retry-After', '5').json({
        error: 'unavailable',
        message: 'the broker did not acknowledge the articles; send the same request again later (it is safe to repeat)',
      });
      return;
    }
    if (result.fatal) {
      res.status(STATUS_OF[result.fatal.code]).json({ error: result.fatal.code, message: result.fatal.message, issues: result.fatal.issues });
      return;
    }
    if (result.accepted.length === 0) {
      const only = result.rejected[0]!;
      const status = result.batch ? HttpStatus.UNPROCESSABLE_ENTITY : STATUS_OF[only.code];
      res.status(status).json(
        result.batch
          ? { error: 'no_valid_articles', message: 'no article in the batch is valid', rejected: result.rejected }
          : { error: only.code, message: only.message, issues: only.issues },
      );
      return;
    }
    res.status(HttpStatus.ACCEPTED).json({ accepted: result.accepted, rejected: result.rejected });
  }
}
