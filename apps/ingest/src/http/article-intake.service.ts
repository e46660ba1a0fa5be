import { Injectable } from '@nestjs/common';
import { RAW_ARTICLE_MAX_BYTES, TOPICS, type Rejection, type RawArticle } from '#contracts';
import { KafkaPublisher } from '#kafka';
import { articleTextOf } from '../cleaning/article-cleaner.js';
import { articleIdOf } from '../intake/article-id.js';
import { decodeJson, parseRawArticle } from '../intake/raw-record.decoder.js';

export interface IntakeResult {
  accepted: { index: number; id: string }[];
  rejected: ({ index: number } & Rejection)[];
  /** Set when the request as a whole is unusable; HTTP answers 4xx with it. */
  fatal?: Rejection;
  batch: boolean;
}

/**
 * HTTP intake: validates each article exactly as the Kafka path would, gives
 * each a stable id, and puts the valid ones on `articles.raw.v1`. Resolves
 * once the broker has acknowledged them, so a 202 means durably queued.
 */
@Injectable()
export class ArticleIntakeService {
  constructor(private readonly publisher: KafkaPublisher) {}

  async accept(body: Buffer, maxBodyBytes: number): Promise<IntakeResult> {
    const json = decodeJson(body, maxBodyBytes);
    if (!json.ok) return { accepted: [], rejected: [], fatal: json.rejection, batch: false };
    const batch = Array.isArray(json.value);
    const items: unknown[] = batch ? (json.value as unknown[]) : [json.value];
    if (items.length === 0) {
      return { accepted: [], rejected: [], fatal: { code: 'invalid_field', message: 'the batch is empty' }, batch };
    }
    if (!batch && body.byteLength > RAW_ARTICLE_MAX_BYTES) {
      return { accepted: [], rejected: [], fatal: { code: 'oversize', message: `article is ${body.byteLength} bytes; the limit is ${RAW_ARTICLE_MAX_BYTES}` }, batch };
    }

    const accepted: IntakeResult['accepted'] = [];
    const rejected: IntakeResult['rejected'] = [];
    const valid: { id: string; article: RawArticle }[] = [];
    items.forEach((item, index) => {
      const parsed = parseRawArticle(item);
      if (!parsed.ok) {
        rejected.push({ index, ...parsed.rejection });
        return;
      }
      const id = articleIdOf(parsed.value, articleTextOf(parsed.value).text);
      valid.push({ id, article: { ...parsed.value, id } });
      accepted.push({ index, id });
    });
    await this.publisher.publish(
      TOPICS.articlesRaw,
      valid.map(({ id, article }) => ({ key: id, value: article, headers: { 'marsad-intake': 'http' } })),
    );
    return { accepted, rejected, batch };
  }
}
