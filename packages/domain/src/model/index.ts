export * from './audit.js';
export * from './clue.js';
export * from './ledger.js';
export * from './organisation.js';
export * from './workflow.js';
export * from './draft-tree.js';
