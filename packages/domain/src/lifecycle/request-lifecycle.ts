import { defineEnum, type EnumValue } from '../enums/define-enum.js';
import { RequestStatus } from '../enums/workflow.js';
import { type LifecycleTable, lifecycle } from './transition.js';

export const RequestEvent = defineEnum({
  ENDORSE: { zh: '签字背书', en: 'Endorse' },
  APPROVE: { zh: '审核通过', en: 'Approve' },
  REJECT: { zh: '退回', en: 'Reject' },
  WITHDRAW: { zh: '撤回', en: 'Withdraw' },
});
export type RequestEvent = EnumValue<typeof RequestEvent>;

/** Closure and extension requests share this two-step review: the leader endorses, the office approves. */
const requestLifecycle = {
  ENDORSE: { from: ['PENDING_ENDORSEMENT'], to: 'PENDING_APPROVAL' },
  APPROVE: { from: ['PENDING_APPROVAL'], to: 'APPROVED' },
  REJECT: { from: ['PENDING_ENDORSEMENT', 'PENDING_APPROVAL'], to: 'REJECTED' },
  WITHDRAW: { from: ['PENDING_ENDORSEMENT', 'PENDING_APPROVAL'], to: 'WITHDRAWN' },
} as const satisfies LifecycleTable<RequestStatus, RequestEvent>;

export const transitionRequest = lifecycle<RequestStatus, RequestEvent>(
  requestLifecycle,
  (s) => RequestStatus.labels[s],
  (e) => RequestEvent.labels[e],
);
