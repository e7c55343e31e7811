export * from './factories.js';
export * from './test-database.js';
export * from './table-snapshot.js';
