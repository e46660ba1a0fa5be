export * from './load-config.js';
export * from './shared-env.schema.js';
