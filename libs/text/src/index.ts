export * from './clean-text.js';
export * from './fold.js';
export * from './tokenize.js';
export * from './sentences.js';
export * from './html-to-text.js';
export * from './boilerplate.js';
export * from './detect-language.js';
