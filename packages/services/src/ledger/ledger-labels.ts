import type { Label } from '@rectify/domain';

// The bilingual names that errors use for the ledger's records and their fields, defined once.
export const INSPECTION_LABEL: Label = { zh: '巡视轮次', en: 'Inspection' };
export const ISSUE_LABEL: Label = { zh: '反馈问题', en: 'Issue' };
export const TASK_LABEL: Label = { zh: '整改任务', en: 'Task' };

export const INSPECTION_FIELDS = {
  name: { zh: '巡视轮次名称', en: 'Inspection name' },
  inspectingBody: { zh: '巡视（巡察）组', en: 'Inspecting body' },
  inspectedOrganisation: { zh: '被巡视（巡察）单位', en: 'Inspected organisation' },
  level: { zh: '巡视层级', en: 'Level' },
  kind: { zh: '巡视或巡察', en: 'Inspection kind' },
  onSiteFrom: { zh: '进驻日期', en: 'On-site from' },
  onSiteTo: { zh: '离驻日期', en: 'On-site to' },
  feedbackDate: { zh: '反馈日期', en: 'Feedback date' },
  rectificationDeadline: { zh: '集中整改期限', en: 'Rectification deadline' },
} satisfies Record<string, Label>;

export const ISSUE_FIELDS = {
  inspectionId: INSPECTION_LABEL,
  parentId: { zh: '上级问题', en: 'Parent issue' },
  kind: { zh: '问题层级', en: 'Issue kind' },
  code: { zh: '问题编号', en: 'Issue code' },
  title: { zh: '问题标题', en: 'Issue title' },
  responseText: { zh: '整改情况', en: 'Response' },
  leadLeaderId: { zh: '牵头领导', en: 'Lead leader' },
  leadUnitId: { zh: '牵头单位', en: 'Lead unit' },
  position: { zh: '排列位置', en: 'Position' },
} satisfies Record<string, Label>;

export const TASK_FIELDS = {
  issueId: ISSUE_LABEL,
  ordinal: { zh: '序号', en: 'Ordinal' },
  measure: { zh: '整改措施', en: 'Measure' },
  target: { zh: '整改目标', en: 'Target' },
  leaderId: { zh: '责任领导', en: 'Responsible leader' },
  leadUnitId: { zh: '牵头单位', en: 'Lead unit' },
  coUnitIds: { zh: '配合单位', en: 'Co-operating units' },
  deadline: { zh: '完成时限', en: 'Deadline' },
  term: { zh: '整改时限类型', en: 'Term' },
  status: { zh: '任务状态', en: 'Status' },
  position: { zh: '排列位置', en: 'Position' },
  taskIds: { zh: '整改任务', en: 'Tasks' },
} satisfies Record<string, Label>;

export const PROGRESS_FIELDS = {
  taskId: TASK_LABEL,
  period: { zh: '报送周期', en: 'Period' },
  text: { zh: '进展情况', en: 'Progress text' },
  percent: { zh: '完成进度', en: 'Percent complete' },
} satisfies Record<string, Label>;

/** What keeps an issue from being deleted, named in the error that refuses it. */
export const ISSUE_REFERRER_LABELS = {
  children: { zh: '下级问题', en: 'Sub-issues' },
  tasks: { zh: '整改任务', en: 'Tasks' },
} satisfies Record<string, Label>;
