import type {
  InspectionKind,
  InspectionLevel,
  IssueKind,
  ProblemLead,
  TaskStatus,
  TaskTerm,
} from '../enums/ledger.js';

/** Dates without time (deadlines, feedback dates) travel as ISO `YYYY-MM-DD` strings. */
export type IsoDate = string;

/** 巡视轮次: one inspection of one organisation, whose feedback becomes the ledger. */
export interface Inspection {
  id: number;
  name: string;
  inspectingBody: string;
  inspectedOrganisation: string;
  level: InspectionLevel;
  /** 巡视 or 巡察: the word every generated title and sentence uses. */
  kind: InspectionKind;
  onSiteFrom: IsoDate | null;
  onSiteTo: IsoDate | null;
  feedbackDate: IsoDate | null;
  rectificationDeadline: IsoDate | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** 反馈问题: a node of the feedback tree (area → problem → manifestation). Its status derives from its tasks. */
export interface Issue {
  id: number;
  inspectionId: number;
  parentId: number | null;
  kind: IssueKind;
  /** The numbering code as printed, e.g. `二(一)1.(3)`. */
  code: string;
  /** Position among its siblings, so that the tree keeps the document's order. */
  position: number;
  title: string;
  /** 针对 or 关于, as the source printed the item's paragraph; null for a heading in its own words. */
  titleLead: ProblemLead | null;
  /** What the organisation answered, when it is not one of the enumerated measures. */
  responseText: string | null;
  leadLeaderId: number | null;
  leadUnitId: number | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** 整改任务/措施: one measure of an issue, with its leader, units and deadline. */
export interface Task {
  id: number;
  issueId: number;
  /** 一是, 二是 …; empty for a response that is not enumerated. */
  ordinal: string;
  position: number;
  measure: string;
  target: string | null;
  leaderId: number | null;
  leadUnitId: number | null;
  deadline: IsoDate | null;
  term: TaskTerm;
  status: TaskStatus;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** 进展报送: a unit's periodic report on a task. */
export interface ProgressReport {
  id: number;
  taskId: number;
  unitId: number;
  /** The first day of the period reported on. */
  period: IsoDate;
  text: string;
  percent: number;
  reportedById: number | null;
  reportedAt: Date;
}

/** 佐证材料: a stored file, addressed by its content hash, never silently replaced. */
export interface Evidence {
  id: number;
  taskId: number;
  progressReportId: number | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedById: number | null;
  uploadedAt: Date;
}
