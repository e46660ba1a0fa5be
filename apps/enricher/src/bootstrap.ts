import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '#contracts';
import { startStreamService } from '#kafka';
import type { EnricherConfig } from './enricher.config.js';
import { EnricherModule } from './enricher.module.js';

/** Starts the enricher: `articles.clean.v1` → `articles.enriched.v1`, health and metrics over HTTP. */
export function startEnricher(config: EnricherConfig): Promise<INestApplication> {
  return startStreamService({
    name: 'enricher',
    module: EnricherModule.register(config),
    config,
    topics: [TOPICS.articlesClean, TOPICS.articlesEnriched, TOPICS.articlesDeadLetter],
    http: { port: config.MARSAD_ENRICHER_PORT, host: config.MARSAD_ENRICHER_HOST },
  });
}
