export * from './averaged-perceptron.js';
export * from './token-features.js';
export * from './ner-tagger.js';
export * from './perceptron-scorer.js';
export * from './viterbi.js';
export * from './document-memory.js';
