import type { TaskStatus, TaskTerm, WarningLevel } from '@rectify/domain';

/** A task as the data provider reads it (see resources.ts). */
export interface TaskRecord {
  id: number;
  issueId: number;
  ordinal: string;
  measure: string;
  target: string | null;
  leaderId: number | null;
  leadUnitId: number | null;
  deadline: string | null;
  term: TaskTerm;
  status: TaskStatus;
  version: number;
  warning: WarningLevel;
  overdue: boolean;
  daysLeft: number | null;
  issue: { id: number; code: string; title: string } | null;
  leader: { id: number; name: string; post: string } | null;
  leadUnit: { id: number; name: string } | null;
  coUnits: { id: number; name: string }[];
  progressReports?: ProgressReportRecord[];
}

export interface ProgressReportRecord {
  id: number;
  period: string;
  text: string;
  percent: number;
  reportedAt: string;
  unit: { id: number; name: string } | null;
}
