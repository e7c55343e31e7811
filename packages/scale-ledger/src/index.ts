export { generateLedger, ledgerHash, SCALE_INSPECTION_PREFIX } from './generate/generate-ledger.js';
export { SCALE_100X, type ScaleCounts, type ScaleLedger, scaledCounts } from './generate/scale-ledger.js';
export { BENCH_ACCOUNTS, BENCH_PASSWORD } from './load/bench-accounts.js';
export { type SeededLedger, seedScaleLedger } from './load/seed-scale-ledger.js';
