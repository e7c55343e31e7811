export * from './client.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
export * from './row-types.js';
export * from './query-rows.js';
export * from './backup/index.js';
export * from './migration-status.js';
export * from './unavailable.js';
