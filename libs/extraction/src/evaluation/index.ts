export * from './conll.js';
export * from './span-scores.js';
export * from './ner-evaluation.js';
