export * from './plover.js';
export * from './triggers/trigger-matcher.js';
