import { type ClueHistoryAction, type Label } from '@rectify/domain';

// The history, duplicate and disclosure enums live in the domain, where the console reads their labels.

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

/** `DUPLICATE_LINKED` → `clueCase.duplicateLinked`: the audit action of a history step. */
export function auditActionOf(action: ClueHistoryAction): string {
  const camel = action.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `clueCase.${camel}`;
}
