export * from './demo-accounts.js';
export type * from './demo-ledger.js';
export { DEMO_LEDGER_FILE, loadDemoLedger, readDemoLedger } from './load-demo-ledger.js';
