export * from './entities.js';
export * from './filters.js';
export * from './list-issues.js';
export * from './list-master-data.js';
export * from './list-tasks.js';
export * from './read-model.js';
export * from './read-spec.js';
export * from './ledger-figures.js';
