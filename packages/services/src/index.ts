export * from './auth/index.js';
export * from './kernel/index.js';
export * from './ledger/index.js';
export * from './organisation/index.js';
export * from './read/index.js';
export * from './settings/index.js';
