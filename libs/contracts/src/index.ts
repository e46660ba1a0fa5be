export * from './topics.js';
export * from './raw-article/raw-article.schema.js';
export * from './clean-article/clean-article.schema.js';
export * from './enriched-article/enriched-article.schema.js';
export * from './dead-letter/dead-letter.schema.js';
export * from './subscription/subscription.schema.js';
export * from './alert/alert.schema.js';
export * from './parse.js';
