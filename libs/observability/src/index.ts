export * from './metrics.registry.js';
export * from './health.js';
export * from './observability.controller.js';
export * from './json-logger.js';
