export * from './place.js';
export * from './gazetteer.js';
export * from './actor.js';
export * from './actor-registry.js';
export * from './name-lookup.js';
export * from './edit-distance.js';
