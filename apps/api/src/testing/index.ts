export * from './start-test-api.js';
