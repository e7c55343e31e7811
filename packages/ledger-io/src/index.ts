export * from './document/index.js';
