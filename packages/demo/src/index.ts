// The public surface of @rectify/demo: what the API and the CLI use to load the demo, named one by one so that
// an addition is a decision. Test support is `@rectify/demo/testing`.

// The demo ledger (the 2018 progress report) loaded through the services, on dates a caller may shift.
export { DEMO_PASSWORD } from './demo-accounts.js';
export { type DemoDates, parseDemoDates } from './demo-dates.js';
export { loadDemoLedger } from './load-demo-ledger.js';
