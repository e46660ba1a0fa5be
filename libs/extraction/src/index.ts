export * from './place-matcher.js';
export * from './entity-extractor.js';
