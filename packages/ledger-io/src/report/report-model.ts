import type { InspectionKind, LedgerSummary, TaskStatus } from '@rectify/domain';

/** What the public progress report (整改进展情况通报) says, built from the ledger by the services. */
export interface ReportModel {
  /** 中共佛山市委关于省委第十一巡视组巡视反馈意见整改进展情况的通报: see reportTitle. */
  title: string;
  /** 巡视 or 巡察: the word of every sentence that names the inspection. */
  inspectionKind: InspectionKind;
  /** 省委第十一巡视组 */
  inspectingBody: string;
  inspectedOrganisation: string;
  /** The day the figures stand at, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** The ledger's figures, as the domain computes them. */
  figures: Pick<LedgerSummary, 'issues' | 'tasks'>;
  /** The top-level issues (areas) in ledger order, each with its subtree. */
  issues: ReportIssue[];
}

export interface ReportIssue {
  /** The ledger's code: one ending in ① (an unnumbered 针对“…”问题 paragraph) is printed without a number. */
  code: string;
  title: string;
  responseText: string | null;
  children: ReportIssue[];
  tasks: ReportTask[];
}

export interface ReportTask {
  measure: string;
  status: TaskStatus;
  /** The percent of the latest progress report, null when none was made. */
  percent: number | null;
  /** The text of the latest progress report. */
  progress: string | null;
}
