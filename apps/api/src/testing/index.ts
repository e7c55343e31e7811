// Test support of @rectify/api for the other packages' tests (the console's, the bench's), which reach the
// services only through the API: the real API on a free port, on the demo data. The API's own tests import
// what else they need from where it is declared.
export { startTestApi, type TestApi } from './start-test-api.js';
// A receiver of webhook requests on this machine; tests that post to it allow it by name (the outbound policy
// refuses loopback).
export { startHttpReceiver } from '@rectify/services/testing';
export { OUTBOUND_ALLOW_HOSTS_ENV } from '@rectify/services';
// Tests that need a failed delivery at once shorten the queue's retry policy.
export { jobDefinitions, webhookDeliveryDefinition } from '@rectify/services';
