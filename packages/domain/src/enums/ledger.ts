import { defineEnum, type EnumValue } from './define-enum.js';

export const InspectionLevel = defineEnum({
  CENTRAL: { zh: '中央巡视', en: 'Central' },
  PROVINCIAL: { zh: '省委巡视', en: 'Provincial' },
  MUNICIPAL: { zh: '市委巡察', en: 'Municipal' },
  COUNTY: { zh: '县（区）委巡察', en: 'County' },
});
export type InspectionLevel = EnumValue<typeof InspectionLevel>;

/**
 * 巡视 (by the central and provincial committees) or 巡察 (by city and county committees). The Chinese label is
 * the word generated documents print: 巡视反馈问题, 巡视组, 巡视整改.
 */
export const InspectionKind = defineEnum({
  PATROL: { zh: '巡视', en: 'Patrol inspection' },
  CIRCUIT: { zh: '巡察', en: 'Circuit inspection' },
});
export type InspectionKind = EnumValue<typeof InspectionKind>;

const KIND_OF_LEVEL = {
  CENTRAL: 'PATROL',
  PROVINCIAL: 'PATROL',
  MUNICIPAL: 'CIRCUIT',
  COUNTY: 'CIRCUIT',
} as const satisfies Record<InspectionLevel, InspectionKind>;

/** The kind of an inspection at this level when none is given: 中央、省委巡视, 市委、县委巡察. */
export function inspectionKindOfLevel(level: InspectionLevel): InspectionKind {
  return KIND_OF_LEVEL[level];
}

/** The levels of the feedback tree: 方面 → 问题 → 具体表现. */
export const IssueKind = defineEnum({
  AREA: { zh: '方面', en: 'Area' },
  PROBLEM: { zh: '问题', en: 'Problem' },
  MANIFESTATION: { zh: '具体表现', en: 'Manifestation' },
});
export type IssueKind = EnumValue<typeof IssueKind>;

export const TaskStatus = defineEnum({
  NOT_STARTED: { zh: '未启动', en: 'Not started' },
  IN_PROGRESS: { zh: '整改中', en: 'In progress' },
  CLOSURE_REQUESTED: { zh: '申请销号', en: 'Closure requested' },
  CLOSED: { zh: '已销号', en: 'Closed' },
  ONGOING: { zh: '基本完成、长期坚持', en: 'Basically done, ongoing' },
  REOPENED: { zh: '回头看重新打开', en: 'Reopened' },
});
export type TaskStatus = EnumValue<typeof TaskStatus>;

/** 立行立改 / 限期整改 / 长期坚持. */
export const TaskTerm = defineEnum({
  IMMEDIATE: { zh: '立行立改', en: 'Immediate' },
  BY_DEADLINE: { zh: '限期整改', en: 'By deadline' },
  LONG_TERM: { zh: '长期坚持', en: 'Long-term' },
});
export type TaskTerm = EnumValue<typeof TaskTerm>;

/** An issue's status is never stored: it is derived from its tasks (see issueStatusOf). */
export const IssueStatus = defineEnum({
  NOT_STARTED: { zh: '未启动', en: 'Not started' },
  IN_PROGRESS: { zh: '整改中', en: 'In progress' },
  ONGOING: { zh: '基本完成、长期坚持', en: 'Basically done, ongoing' },
  RECTIFIED: { zh: '已整改', en: 'Rectified' },
});
export type IssueStatus = EnumValue<typeof IssueStatus>;

/** Deadline warning colours, as Chinese offices use them. NONE: closed or ongoing, nothing to warn about. */
export const WarningLevel = defineEnum({
  GREEN: { zh: '绿色（正常推进）', en: 'Green (on track)' },
  YELLOW: { zh: '黄色（临近时限）', en: 'Yellow (deadline near)' },
  RED: { zh: '红色（已逾期）', en: 'Red (overdue)' },
  NONE: { zh: '无需预警', en: 'No warning' },
});
export type WarningLevel = EnumValue<typeof WarningLevel>;

/** The formats of the public progress report (整改进展情况通报). */
export const ReportFormat = defineEnum({
  DOCX: { zh: 'Word 文档', en: 'Word document' },
  MARKDOWN: { zh: 'Markdown 文本', en: 'Markdown' },
  HTML: { zh: '网页（可打印）', en: 'Web page (printable)' },
});
export type ReportFormat = EnumValue<typeof ReportFormat>;

/** The word a feedback item's paragraph opens with: 针对“…”问题 or 关于“…”问题, kept as the source printed it. */
export const ProblemLead = defineEnum({
  ZHENDUI: { zh: '针对', en: 'Regarding (针对)' },
  GUANYU: { zh: '关于', en: 'About (关于)' },
});
export type ProblemLead = EnumValue<typeof ProblemLead>;
