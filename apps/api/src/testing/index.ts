export * from './start-test-api.js';
export {
  type ReceivedMail,
  type ReceivedPost,
  type ReceivedRequest,
  startHttpReceiver,
  startRobotReceiver,
  startSmtpReceiver,
} from '@rectify/services/testing';
// Tests that post to a receiver on this machine allow it by name (the outbound policy refuses loopback).
export { OUTBOUND_ALLOW_HOSTS_ENV } from '@rectify/services';
// Tests that need a failed delivery at once shorten the queue's retry policy.
export { jobDefinitions, webhookDeliveryDefinition } from '@rectify/services';
