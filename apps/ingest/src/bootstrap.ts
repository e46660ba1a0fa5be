import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '#contracts';
import { startStreamService } from '#kafka';
import type { IngestConfig } from './ingest.config.js';
import { IngestModule } from './ingest.module.js';

/** Starts ingest: HTTP intake on its port and the `articles.raw.v1` consumer. */
export function startIngest(config: IngestConfig): Promise<INestApplication> {
  return startStreamService({
    name: 'ingest',
    module: IngestModule.register(config),
    config,
    topics: [TOPICS.articlesRaw, TOPICS.articlesClean, TOPICS.articlesDeadLetter],
    // No body parser: the intake reads raw bytes to tell bad UTF-8 from bad JSON.
    http: { port: config.MARSAD_INGEST_PORT, host: config.MARSAD_INGEST_HOST, bodyParser: false },
  });
}
