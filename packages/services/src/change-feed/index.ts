export * from './change-view.js';
export * from './list-changes.js';
export * from './record-change.js';
