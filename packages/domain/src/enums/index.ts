export * from './clue.js';
export * from './define-enum.js';
export * from './deliveries.js';
export * from './jobs.js';
export * from './ledger.js';
export * from './organisation.js';
export * from './spreadsheet.js';
export * from './workflow.js';
