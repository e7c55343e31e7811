export * from './document/index.js';
export * from './report/index.js';
