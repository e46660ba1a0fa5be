export * from './place.js';
export * from './gazetteer.js';
export * from './edit-distance.js';
