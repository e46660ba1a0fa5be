import type { CleanArticle, EnrichedArticle } from '#contracts';
import { EntityExtractor, NerTagger, loadPersonWords, type ExtractorOptions } from '#extraction';
import { ActorRegistry, Gazetteer } from '#knowledge';

export const ENRICHER_VERSION = '0.2.0';

/** Where the enricher's knowledge comes from; the shipped files by default. */
export interface EnricherSetup {
  placesFile?: string | undefined;
  actorsFile?: string | undefined;
  /** Run the statistical tagger for names the knowledge base lacks (default on). */
  tagger?: boolean;
}

/** Pure enrichment: a clean article in, the enriched article out. Used by the service, `bin/marsad enrich` and the benchmark. */
export class ArticleEnricher {
  private readonly extractor: EntityExtractor;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly actors: ActorRegistry,
    options: ExtractorOptions = {},
  ) {
    this.extractor = new EntityExtractor(gazetteer, actors, options);
  }

  /** Loads the knowledge base, the tagger's weights and the name lists (about a second; done once at boot). */
  static load(setup: EnricherSetup = {}): ArticleEnricher {
    const gazetteer = Gazetteer.load(setup.placesFile);
    const actors = ActorRegistry.load(setup.actorsFile);
    const tagger = setup.tagger === false ? undefined : NerTagger.load(gazetteer);
    return new ArticleEnricher(gazetteer, actors, { ...(tagger ? { tagger } : {}), personWords: loadPersonWords() });
  }

  enrich(article: CleanArticle, now = new Date()): EnrichedArticle {
    return {
      article,
      entities: this.extractor.extract(article),
      // Event extraction (issue 4) is being built in libs/events; until it is wired in, none.
      events: [],
      enrichedAt: now.toISOString(),
      enricher: { version: ENRICHER_VERSION, knowledgeBase: `${this.gazetteer.version}+${this.actors.version}` },
    };
  }
}
