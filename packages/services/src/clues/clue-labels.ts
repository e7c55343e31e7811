import { defineEnum, type EnumValue, type Label } from '@rectify/domain';

// The bilingual names that errors use for clue cases and their fields, defined once. None of them ever
// carries a value of the case: an error names the field, never the subject or the informant.
export const CLUE_LABEL: Label = { zh: '问题线索', en: 'Clue case' };
export const DISCLOSURE_LABEL: Label = { zh: '身份知悉申请', en: 'Identity disclosure request' };

export const CLUE_FIELDS = {
  inspectionId: { zh: '巡视轮次', en: 'Inspection' },
  source: { zh: '线索来源', en: 'Source' },
  kind: { zh: '线索类别', en: 'Kind' },
  receivedDate: { zh: '受理日期', en: 'Received date' },
  summary: { zh: '反映事项', en: 'Summary' },
  subject: { zh: '被反映人', en: 'Subject' },
  informant: { zh: '举报人', en: 'Informant' },
  ownerUserIds: { zh: '承办人', en: 'Owners' },
  routedToUnitId: { zh: '归口处置单位', en: 'Responsible body' },
  owningLeaderId: { zh: '包案领导', en: 'Owning leader' },
  method: { zh: '处置方式', en: 'Disposal method' },
  deadline: { zh: '办理时限', en: 'Deadline' },
  outcome: { zh: '核查结论', en: 'Outcome' },
  sanctions: { zh: '处理处分情况', en: 'Sanctions' },
  note: { zh: '说明', en: 'Note' },
  duplicateOfId: { zh: '首次受理的线索', en: 'First intake' },
} satisfies Record<string, Label>;

export const DISCLOSURE_FIELDS = {
  clueCaseId: CLUE_LABEL,
  granteeUserId: { zh: '拟知悉人', en: 'Grantee' },
  reason: { zh: '申请理由', en: 'Reason' },
  comment: { zh: '审批意见', en: 'Comment' },
} satisfies Record<string, Label>;

/** What the audit log and error messages show in place of the subject and the informant. */
export const CONFIDENTIAL_MARKER = '[保密]';

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
  SUSPECTED: { zh: '疑似重复(待确认)', en: 'Suspected duplicate (to confirm)' },
  CONFIRMED: { zh: '已确认重复', en: 'Confirmed duplicate' },
});
export type DuplicateState = EnumValue<typeof DuplicateState>;

/** `DUPLICATE_LINKED` → `clueCase.duplicateLinked`: the audit action of a history step. */
export function auditActionOf(action: ClueHistoryAction): string {
  const camel = action.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `clueCase.${camel}`;
}

/** Where a disclosure request stands (the request_status values it uses). */
export const ClueDisclosureStatus = defineEnum({
  PENDING_APPROVAL: { zh: '待另一名承办人审批', en: 'Awaiting a second owner' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
});
export type ClueDisclosureStatus = EnumValue<typeof ClueDisclosureStatus>;
