export * from './demo-accounts.js';
export { type DemoDates, parseDemoDates } from './demo-dates.js';
export type * from './demo-ledger.js';
export { DEMO_LEDGER_FILE, loadDemoLedger, readDemoLedger } from './load-demo-ledger.js';
export type * from './clues/demo-clues.js';
export { DEMO_CLUES_FILE, loadDemoClues, readDemoClues } from './clues/load-demo-clues.js';
