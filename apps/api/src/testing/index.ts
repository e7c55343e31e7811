export * from './start-test-api.js';
export { startHttpReceiver } from '@rectify/services/testing';
