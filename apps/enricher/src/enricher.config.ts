import { z } from 'zod';
import { SharedEnvSchema, httpHost, httpPort, loadConfig, type Env } from '#config';

export const EnricherEnvSchema = SharedEnvSchema.extend({
  MARSAD_ENRICHER_PORT: httpPort(3002),
  MARSAD_ENRICHER_HOST: httpHost,
  /** Knowledge-base file to load instead of the one shipped in libs/knowledge/data. */
  MARSAD_KB_PLACES_FILE: z.string().min(1).optional(),
  MARSAD_KB_ACTORS_FILE: z.string().min(1).optional(),
  /** `false` turns the statistical tagger off: only knowledge-base and titled names, about four times faster. */
  MARSAD_ENRICHER_TAGGER: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export type EnricherConfig = z.infer<typeof EnricherEnvSchema>;
export const ENRICHER_CONFIG = Symbol('ENRICHER_CONFIG');

export const loadEnricherConfig = (env: Env): EnricherConfig => loadConfig('enricher', EnricherEnvSchema, env);
