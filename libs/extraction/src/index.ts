export * from './phrase-index.js';
export * from './place-matcher.js';
export * from './actor-matcher.js';
export * from './entity-extractor.js';
export * from './evaluation/index.js';
export * from './tagger/index.js';
