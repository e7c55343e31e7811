import { defineEnum, type EnumValue } from './define-enum.js';

export const ClueSource = defineEnum({
  INSPECTION_TRANSFER: { zh: '巡视组移交', en: 'Transferred by the inspection team' },
  PETITION_OFFICE: { zh: '信访部门转办', en: 'Forwarded by the petition office' },
  DIRECT_REPORT: { zh: '直接受理', en: 'Received directly' },
  OTHER: { zh: '其他来源', en: 'Other source' },
});
export type ClueSource = EnumValue<typeof ClueSource>;

export const ClueKind = defineEnum({
  PETITION_REPORT: { zh: '信访举报件', en: 'Petition report' },
  PROBLEM_CLUE: { zh: '问题线索', en: 'Problem clue' },
});
export type ClueKind = EnumValue<typeof ClueKind>;

export const ClueStatus = defineEnum({
  RECEIVED: { zh: '已受理', en: 'Received' },
  ROUTED: { zh: '已归口', en: 'Routed' },
  IN_DISPOSAL: { zh: '处置中', en: 'In disposal' },
  SHELVED: { zh: '暂存待查', en: 'Shelved pending' },
  CONCLUDED: { zh: '已办结', en: 'Concluded' },
  CASE_FILED: { zh: '已立案', en: 'Case filed' },
});
export type ClueStatus = EnumValue<typeof ClueStatus>;

/** The five standard disposal methods (问题线索处置方式). */
export const DisposalMethod = defineEnum({
  TALK_OR_LETTER_INQUIRY: { zh: '谈话函询', en: 'Talk or letter inquiry' },
  PRELIMINARY_VERIFICATION: { zh: '初步核实', en: 'Preliminary verification' },
  SHELVE_PENDING: { zh: '暂存待查', en: 'Shelved pending' },
  CLOSE_WITHOUT_ACTION: { zh: '予以了结', en: 'Closed without action' },
  FILE_CASE: { zh: '立案审查调查', en: 'Filed as a case' },
});
export type DisposalMethod = EnumValue<typeof DisposalMethod>;

export const ClueOutcome = defineEnum({
  SUBSTANTIATED: { zh: '属实', en: 'Substantiated' },
  PARTLY_SUBSTANTIATED: { zh: '部分属实', en: 'Partly substantiated' },
  UNSUBSTANTIATED: { zh: '不属实', en: 'Unsubstantiated' },
});
export type ClueOutcome = EnumValue<typeof ClueOutcome>;

/** The steps of a case's history (处置过程), in the order they usually come. */
export const ClueHistoryAction = defineEnum({
  INTAKE: { zh: '受理登记', en: 'Intake' },
  UPDATE: { zh: '修改登记信息', en: 'Intake corrected' },
  ROUTE: { zh: '归口处置', en: 'Routed' },
  ASSIGN_LEADER: { zh: '领导包案', en: 'Owning leader assigned' },
  ESCALATE: { zh: '提级办理', en: 'Escalated' },
  DISPOSE: { zh: '确定处置方式', en: 'Disposal method set' },
  SHELVE: { zh: '暂存待查', en: 'Shelved pending' },
  REOPEN: { zh: '重新启用', en: 'Reopened' },
  CONCLUDE: { zh: '办结', en: 'Concluded' },
  FILE_CASE: { zh: '立案审查调查', en: 'Filed as a case' },
  DUPLICATE_LINKED: { zh: '识别为重复件', en: 'Linked as a duplicate' },
  DUPLICATE_CONFIRMED: { zh: '确认为重复件', en: 'Duplicate confirmed' },
  DUPLICATE_UNLINKED: { zh: '取消重复件关联', en: 'Duplicate link undone' },
  DISCLOSURE_REQUESTED: { zh: '申请知悉身份信息', en: 'Identity disclosure requested' },
  DISCLOSURE_APPROVED: { zh: '批准知悉身份信息', en: 'Identity disclosure approved' },
  DISCLOSURE_REJECTED: { zh: '驳回知悉身份信息申请', en: 'Identity disclosure rejected' },
  DISCLOSURE_WITHDRAWN: { zh: '撤回知悉身份信息申请', en: 'Identity disclosure withdrawn' },
});
export type ClueHistoryAction = EnumValue<typeof ClueHistoryAction>;

/** A duplicate's link: found at intake and awaiting the operator's confirmation, or confirmed. */
export const DuplicateState = defineEnum({
  SUSPECTED: { zh: '疑似重复（待确认）', en: 'Suspected duplicate (to confirm)' },
  CONFIRMED: { zh: '已确认重复', en: 'Confirmed duplicate' },
});
export type DuplicateState = EnumValue<typeof DuplicateState>;

/** Where a disclosure request stands (the request_status values it uses). */
export const ClueDisclosureStatus = defineEnum({
  PENDING_APPROVAL: { zh: '待另一名承办人审批', en: 'Awaiting a second owner' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
});
export type ClueDisclosureStatus = EnumValue<typeof ClueDisclosureStatus>;
