import type { IssueKind, LeadingGroupRole, Task, UnitKind } from '@rectify/domain';

// The generated ledger as plain rows. Ids are 1-based positions in each list; the loader shifts them past
// whatever the database already holds.

export interface ScaleCounts {
  units: number;
  leaders: number;
  issues: number;
  tasks: number;
  progressReports: number;
}

/** 100× the demo ledger, as issue 8 asks. */
export const SCALE_100X: ScaleCounts = {
  units: 200,
  leaders: 300,
  issues: 2_000,
  tasks: 20_000,
  progressReports: 200_000,
};

/** `SCALE_100X` times `factor`, with enough of each for the tree and the co-units to make sense. */
export function scaledCounts(factor: number): ScaleCounts {
  const at = (n: number, least: number) => Math.max(least, Math.round(n * factor));
  return {
    units: at(SCALE_100X.units, 6),
    leaders: at(SCALE_100X.leaders, 6),
    issues: at(SCALE_100X.issues, 15),
    tasks: at(SCALE_100X.tasks, 30),
    progressReports: at(SCALE_100X.progressReports, 100),
  };
}

export interface UnitRow {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

export interface LeaderRow {
  id: number;
  name: string;
  post: string;
  unitId: number;
  groupRole: LeadingGroupRole;
}

interface InspectionRow {
  id: number;
  name: string;
  inspectingBody: string;
  inspectedOrganisation: string;
  feedbackDate: string;
  onSiteFrom: string;
  onSiteTo: string;
  rectificationDeadline: string;
}

export interface IssueRow {
  id: number;
  parentId: number | null;
  kind: IssueKind;
  code: string;
  position: number;
  sortKey: string;
  title: string;
  responseText: string | null;
  leadLeaderId: number;
  leadUnitId: number;
}

/** A generated task: the domain's task, always with its leader and lead unit, and its co-operating units. */
export interface TaskRow
  extends Omit<Task, 'leaderId' | 'leadUnitId' | 'createdAt' | 'updatedAt' | 'version'> {
  leaderId: number;
  leadUnitId: number;
  coUnitIds: number[];
}

export interface ProgressRow {
  id: number;
  taskId: number;
  unitId: number;
  period: string;
  text: string;
  percent: number;
  /** ISO 8601 with the +08:00 offset. */
  reportedAt: string;
}

export interface ScaleLedger {
  seed: number;
  /** When the ledger was entered (the feedback day): the created/updated time of every record. */
  enteredAt: string;
  inspection: InspectionRow;
  units: UnitRow[];
  leaders: LeaderRow[];
  issues: IssueRow[];
  tasks: TaskRow[];
  progressReports: ProgressRow[];
}
