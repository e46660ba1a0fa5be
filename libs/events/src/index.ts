export * from './plover.js';
export { findNumbers, readNumber, type NumberMatch, type NumberReading } from './numbers/arabic-numbers.js';
export * from './casualties.js';
export * from './event-date.js';
