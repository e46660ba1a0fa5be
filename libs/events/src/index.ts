export * from './plover.js';
export * from './story-segmenter.js';
export * from './severity.js';
export { findNumbers, readNumber, type NumberMatch, type NumberReading } from './numbers/arabic-numbers.js';
export * from './casualties.js';
export * from './event-date.js';
export * from './triggers/trigger-matcher.js';
export * from './event-extractor.js';
export * from './evaluation/index.js';
