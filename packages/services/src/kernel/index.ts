export * from './audit.js';
export * from './authorize.js';
export * from './context.js';
export * from './errors.js';
export * from './use-case.js';
export * from './validate.js';
