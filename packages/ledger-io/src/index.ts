export * from './document/index.js';
export * from './spreadsheet/index.js';
export * from './report/index.js';
