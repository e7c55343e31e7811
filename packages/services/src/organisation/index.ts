export * from './create-leader.js';
export * from './create-unit.js';
export * from './delete-leader.js';
export * from './delete-unit.js';
export * from './organisation-labels.js';
export * from './update-leader.js';
export * from './update-unit.js';
