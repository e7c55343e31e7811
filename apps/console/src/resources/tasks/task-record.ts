import type {
  RequestStatus,
  ReviewDecision,
  ReviewStep,
  TaskStatus,
  TaskTerm,
  WarningLevel,
} from '@rectify/domain';
import type { EvidenceRecord } from '../../providers/files.js';

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
  // The detail page's workflow (see resources.ts detailFields).
  missingReport?: boolean;
  evidence?: EvidenceRecord[];
  closureRequests?: ClosureRequestRecord[];
  extensionRequests?: ExtensionRequestRecord[];
  deadlineChanges?: DeadlineChangeRecord[];
}

export interface ReviewRecord {
  id: number;
  step: ReviewStep;
  decision: ReviewDecision;
  comment: string;
  reviewerName: string | null;
  taskStatusAtDecision: TaskStatus;
  decidedAt: string;
}

interface RequestRecord {
  id: number;
  taskId: number;
  status: RequestStatus;
  requestedByName: string | null;
  createdAt: string;
  version: number;
  reviews: ReviewRecord[];
}

export interface ClosureRequestRecord extends RequestRecord {
  statement: string;
  /** False: the task changed after the endorsement, which must be given again. */
  endorsementCurrent: boolean | null;
}

export interface ExtensionRequestRecord extends RequestRecord {
  currentDeadline: string | null;
  proposedDeadline: string;
  reason: string;
}

interface DeadlineChangeRecord {
  id: number;
  fromDeadline: string | null;
  toDeadline: string;
  /** The approved extension that moved the deadline; null: a look-back set it. */
  extensionRequestId: number | null;
  changedByName: string | null;
  changedAt: string;
}

interface ProgressReportRecord {
  id: number;
  period: string;
  text: string;
  percent: number;
  reportedAt: string;
  unit: { id: number; name: string } | null;
  evidence?: EvidenceRecord[];
}
