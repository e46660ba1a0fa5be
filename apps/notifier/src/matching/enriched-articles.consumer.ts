import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '#contracts';
import { OffsetCommitter, consumedRecordOf } from '#kafka';
import { EnrichedArticleProcessor } from './enriched-article.processor.js';

@Controller()
export class EnrichedArticlesConsumer {
  constructor(
    private readonly processor: EnrichedArticleProcessor,
    private readonly offsets: OffsetCommitter,
  ) {}

  @EventPattern(TOPICS.articlesEnriched)
  async onEnrichedArticle(@Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(consumedRecordOf(ctx));
    await this.offsets.processed(ctx);
  }
}
