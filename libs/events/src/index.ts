export * from './plover.js';
