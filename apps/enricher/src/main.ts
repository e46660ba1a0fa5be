import 'reflect-metadata';
import { loadEnricherConfig } from './enricher.config.js';
import { startEnricher } from './bootstrap.js';

await startEnricher(loadEnricherConfig(process.env));
