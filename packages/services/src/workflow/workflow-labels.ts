import type { Label } from '@rectify/domain';

// The bilingual names that the workflow's errors and messages use for its records and fields, defined once.
export const CLOSURE_REQUEST_LABEL: Label = { zh: '销号申请', en: 'Closure request' };
export const EXTENSION_REQUEST_LABEL: Label = { zh: '延期申请', en: 'Extension request' };
export const EVIDENCE_LABEL: Label = { zh: '佐证材料', en: 'Evidence' };
export const SETTINGS_LABEL: Label = { zh: '系统设置', en: 'Settings' };

export const EVIDENCE_FIELDS = {
  taskId: { zh: '整改任务', en: 'Task' },
  progressReportId: { zh: '进展报送', en: 'Progress report' },
  fileName: { zh: '文件名', en: 'File name' },
  contentType: { zh: '文件类型', en: 'File type' },
  content: { zh: '文件内容', en: 'File content' },
} satisfies Record<string, Label>;

export const REQUEST_FIELDS = {
  statement: { zh: '整改完成情况说明', en: 'Statement' },
  evidence: EVIDENCE_LABEL,
  proposedDeadline: { zh: '申请延期至', en: 'Proposed deadline' },
  reason: { zh: '延期理由', en: 'Reason' },
  decision: { zh: '审核意见', en: 'Decision' },
  comment: { zh: '审核说明', en: 'Comment' },
} satisfies Record<string, Label>;

export const LOOK_BACK_FIELDS = {
  reason: { zh: '重新打开的理由', en: 'Reason for reopening' },
  deadline: { zh: '新的完成时限', en: 'New deadline' },
  comment: { zh: '说明', en: 'Comment' },
} satisfies Record<string, Label>;

export const SETTINGS_FIELDS = {
  yellowDays: { zh: '黄色预警提前天数', en: 'Yellow warning lead time (days)' },
  reminderDays: { zh: '提醒提前天数', en: 'Reminder lead times (days)' },
  cadence: { zh: '报送周期', en: 'Reporting cadence' },
} satisfies Record<string, Label>;
