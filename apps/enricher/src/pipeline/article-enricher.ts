import type { CleanArticle, EnrichedArticle } from '#contracts';
import { EventExtractor, TriggerMatcher, findCasualties, resolveEventDate } from '#events';
import { EntityExtractor, NerTagger, loadPersonWords, type ExtractorOptions } from '#extraction';
import { ActorRegistry, Gazetteer } from '#knowledge';

export const ENRICHER_VERSION = '0.3.0';

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
    private readonly events?: EventExtractor,
  ) {
    this.extractor = new EntityExtractor(gazetteer, actors, options);
  }

  /** Loads the knowledge base, the tagger's weights, the name lists and the event triggers (a second or two; done once at boot). */
  static load(setup: EnricherSetup = {}): ArticleEnricher {
    const gazetteer = Gazetteer.load(setup.placesFile);
    const actors = ActorRegistry.load(setup.actorsFile);
    const tagger = setup.tagger === false ? undefined : NerTagger.load(gazetteer);
    const triggers = TriggerMatcher.load();
    const events = new EventExtractor({ triggers: (text) => triggers.find(text), casualties: findCasualties, date: resolveEventDate });
    return new ArticleEnricher(gazetteer, actors, { ...(tagger ? { tagger } : {}), personWords: loadPersonWords() }, events);
  }

  enrich(article: CleanArticle, now = new Date()): EnrichedArticle {
    const entities = this.extractor.extract(article);
    return {
      article,
      entities,
      events: this.events?.extract(article, entities) ?? [],
      enrichedAt: now.toISOString(),
      enricher: { version: ENRICHER_VERSION, knowledgeBase: `${this.gazetteer.version}+${this.actors.version}` },
    };
  }
}
