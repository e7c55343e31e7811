export * from './identity.js';
export * from './load-table.js';
export * from './migration.js';
export * from './table-plan.js';
export * from './table-rows.js';
export * from './table-state.js';
