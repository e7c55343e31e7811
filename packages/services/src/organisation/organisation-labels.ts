import type { Label } from '@rectify/domain';

// The bilingual names that errors use for the organisation's records and their fields, defined once.
export const UNIT_LABEL: Label = { zh: '单位', en: 'Unit' };
export const LEADER_LABEL: Label = { zh: '领导', en: 'Leader' };

export const UNIT_FIELDS = {
  name: { zh: '单位名称', en: 'Unit name' },
  kind: { zh: '单位类别', en: 'Unit kind' },
  parentId: { zh: '上级单位', en: 'Parent unit' },
} satisfies Record<string, Label>;

export const LEADER_FIELDS = {
  name: { zh: '领导姓名', en: 'Leader name' },
  post: { zh: '职务', en: 'Post' },
  unitId: { zh: '所在单位', en: 'Unit' },
  groupRole: { zh: '领导小组职务', en: 'Leading group role' },
} satisfies Record<string, Label>;

/** What may still refer to a unit or leader, named in the error that refuses to delete it. */
export const REFERRER_LABELS = {
  subUnits: { zh: '下级单位', en: 'Sub-units' },
  leaders: { zh: '领导', en: 'Leaders' },
  users: { zh: '用户账号', en: 'User accounts' },
  issues: { zh: '反馈问题', en: 'Issues' },
  tasks: { zh: '整改任务', en: 'Tasks' },
  coUnits: { zh: '配合任务', en: 'Co-operations on tasks' },
  progressReports: { zh: '进展报送', en: 'Progress reports' },
  // Supervision visits and clue cases are counted together and not named: an ADMIN may not learn of clues.
  otherRecords: { zh: '其他记录', en: 'Other records' },
} satisfies Record<string, Label>;
