export * from './deadline-cell.js';
export * from './layout.js';
export * from './read-ledger-workbook.js';
export * from './row-key.js';
export * from './sheet-row.js';
export * from './write-ledger-workbook.js';
