export * from './start-test-api.js';
export {
  type ReceivedMail,
  type ReceivedPost,
  type ReceivedRequest,
  startHttpReceiver,
  startRobotReceiver,
  startSmtpReceiver,
} from '@rectify/services/testing';
