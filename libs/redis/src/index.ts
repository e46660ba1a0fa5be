export * from './redis-connection.js';
export * from './redis-connections.js';
