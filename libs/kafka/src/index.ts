export * from './kafka-connection.js';
export * from './kafka-microservice.options.js';
export * from './kafka-publisher.js';
export * from './kafka-record.js';
export * from './dead-letter.publisher.js';
export * from './topic-admin.js';
export * from './kafka-health.js';
export * from './json-record.js';
