export * from './metric-definitions.js';
export * from './metrics.registry.js';
export * from './prometheus-text.js';
export * from './health.js';
export * from './observability.controller.js';
export * from './json-logger.js';
