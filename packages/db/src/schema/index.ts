export * from './access.js';
export * from './audit.js';
export * from './clue.js';
export * from './enums.js';
export * from './ledger.js';
export * from './organisation.js';
export * from './supervision.js';
export * from './workflow.js';
