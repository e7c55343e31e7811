export * from './file-generation.js';
export * from './import-ledger-draft.js';
export type * from './ledger-draft.js';
export * from './parse-ledger-document.js';
export * from './progress-report.js';
