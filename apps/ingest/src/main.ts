import 'reflect-metadata';
import { loadIngestConfig } from './ingest.config.js';
import { startIngest } from './bootstrap.js';

await startIngest(loadIngestConfig(process.env));
