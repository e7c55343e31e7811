export * from './start-test-api.js';
export { startHttpReceiver } from '@rectify/services/testing';
// Tests that post to a receiver on this machine allow it by name (the outbound policy refuses loopback).
export { OUTBOUND_ALLOW_HOSTS_ENV } from '@rectify/services';
