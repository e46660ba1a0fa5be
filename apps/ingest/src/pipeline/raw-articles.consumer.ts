import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '#contracts';
import { OffsetCommitter, consumedRecordOf } from '#kafka';
import { RawArticleProcessor } from './raw-article.processor.js';

/** Kafka edge: hand the record to the processor, commit once its output is safe. */
@Controller()
export class RawArticlesConsumer {
  constructor(
    private readonly processor: RawArticleProcessor,
    private readonly offsets: OffsetCommitter,
  ) {}

  @EventPattern(TOPICS.articlesRaw)
  async onRawArticle(@Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(consumedRecordOf(ctx));
    await this.offsets.processed(ctx);
  }
}
