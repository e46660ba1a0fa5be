export * from './plover.js';
export * from './story-segmenter.js';
export * from './severity.js';
export * from './evaluation/index.js';
export * from './event-extractor.js';
