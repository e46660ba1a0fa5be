export * from './event-gold.js';
export * from './event-scores.js';
