import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '#contracts';
import { OffsetCommitter, consumedRecordOf } from '#kafka';
import { CleanArticleProcessor } from './clean-article.processor.js';

@Controller()
export class CleanArticlesConsumer {
  constructor(
    private readonly processor: CleanArticleProcessor,
    private readonly offsets: OffsetCommitter,
  ) {}

  @EventPattern(TOPICS.articlesClean)
  async onCleanArticle(@Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(consumedRecordOf(ctx));
    await this.offsets.processed(ctx);
  }
}
