// The public surface of @rectify/scale-ledger: what the bench and the CLI use to seed a ledger of a chosen
// scale, named one by one so that an addition is a decision. Generating the ledger stays inside.
export { type ScaleCounts, scaledCounts } from './generate/scale-ledger.js';
export { BENCH_ACCOUNTS, BENCH_PASSWORD } from './load/bench-accounts.js';
export { type SeededLedger, seedScaleLedger } from './load/seed-scale-ledger.js';
