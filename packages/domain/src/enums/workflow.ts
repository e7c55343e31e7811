import { defineEnum, type EnumValue } from './define-enum.js';

/** A closure (销号) or extension (延期) request moves through two reviews: the leader's, then the office's. */
export const RequestStatus = defineEnum({
  PENDING_ENDORSEMENT: { zh: '待责任领导签字背书', en: 'Awaiting endorsement' },
  PENDING_APPROVAL: { zh: '待整改办审核', en: 'Awaiting office approval' },
  APPROVED: { zh: '已通过', en: 'Approved' },
  REJECTED: { zh: '已退回', en: 'Rejected' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
});
export type RequestStatus = EnumValue<typeof RequestStatus>;

export const ReviewStep = defineEnum({
  ENDORSEMENT: { zh: '责任领导签字背书', en: 'Leader endorsement' },
  APPROVAL: { zh: '整改办审核', en: 'Office approval' },
});
export type ReviewStep = EnumValue<typeof ReviewStep>;

export const ReviewDecision = defineEnum({
  APPROVE: { zh: '同意', en: 'Approve' },
  REJECT: { zh: '退回', en: 'Reject' },
});
export type ReviewDecision = EnumValue<typeof ReviewDecision>;

export const SupervisionMethod = defineEnum({
  INTERVIEW: { zh: '座谈访谈', en: 'Interviews' },
  LEDGER_REVIEW: { zh: '查阅台账', en: 'Ledger review' },
  ON_SITE: { zh: '实地查看', en: 'On-site check' },
  SPOT_CHECK: { zh: '重点核查', en: 'Spot check' },
});
export type SupervisionMethod = EnumValue<typeof SupervisionMethod>;

export const FindingStatus = defineEnum({
  OPEN: { zh: '待反馈', en: 'Awaiting response' },
  RESPONDED: { zh: '已反馈', en: 'Responded' },
  CLOSED: { zh: '已跟进办结', en: 'Followed up and closed' },
});
export type FindingStatus = EnumValue<typeof FindingStatus>;

/** How often the responsible units report progress (定期报送). */
export const ReportingCadence = defineEnum({
  WEEKLY: { zh: '每周报送', en: 'Weekly' },
  BIWEEKLY: { zh: '每两周报送', en: 'Every two weeks' },
  MONTHLY: { zh: '每月报送', en: 'Monthly' },
});
export type ReportingCadence = EnumValue<typeof ReportingCadence>;

/** What the supervisor's follow-up concludes: the finding is settled, or returned for a better response. */
export const FollowUpOutcome = defineEnum({
  CLOSE: { zh: '跟进办结', en: 'Close' },
  RETURN: { zh: '退回重新反馈', en: 'Return for a new response' },
});
export type FollowUpOutcome = EnumValue<typeof FollowUpOutcome>;

/** What an inbox item is about. */
export const NotificationKind = defineEnum({
  DEADLINE_NEAR: { zh: '临近完成时限', en: 'Deadline near' },
  OVERDUE: { zh: '已逾期', en: 'Overdue' },
  REVIEW_REQUESTED: { zh: '待您审核', en: 'Review requested' },
  DECISION_MADE: { zh: '审核结果', en: 'Decision made' },
  SUPERVISION_FINDING: { zh: '督查意见', en: 'Supervision finding' },
  ACCOUNT_SECURITY: { zh: '账号安全', en: 'Account security' },
});
export type NotificationKind = EnumValue<typeof NotificationKind>;
