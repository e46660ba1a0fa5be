import type { CleanArticle, EnrichedArticle } from '#contracts';
import { EntityExtractor } from '#extraction';
import type { ActorRegistry, Gazetteer } from '#knowledge';

export const ENRICHER_VERSION = '0.1.0';

/** Pure enrichment: a clean article in, the enriched article out. Used by the service and `bin/marsad enrich`. */
export class ArticleEnricher {
  private readonly extractor: EntityExtractor;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly actors: ActorRegistry,
  ) {
    this.extractor = new EntityExtractor(gazetteer, actors);
  }

  enrich(article: CleanArticle, now = new Date()): EnrichedArticle {
    return {
      article,
      entities: this.extractor.extract(article),
      enrichedAt: now.toISOString(),
      enricher: { version: ENRICHER_VERSION, knowledgeBase: `${this.gazetteer.version}+${this.actors.version}` },
    };
  }
}
