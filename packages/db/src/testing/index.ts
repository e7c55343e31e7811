export * from './factories.js';
export * from './test-database.js';
