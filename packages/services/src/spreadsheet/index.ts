export * from './export-ledger-workbook.js';
export * from './import-ledger-workbook.js';
export * from './import-plan.js';
