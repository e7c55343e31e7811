import type {
  FindingStatus,
  RequestStatus,
  ReviewDecision,
  ReviewStep,
  SupervisionMethod,
} from '../enums/workflow.js';
import type { TaskStatus } from '../enums/ledger.js';
import type { IsoDate } from './ledger.js';

/** 销号申请: a unit asks to close a task, with evidence; reviewed by the leader, then the office. */
export interface ClosureRequest {
  id: number;
  taskId: number;
  requestedById: number | null;
  statement: string;
  status: RequestStatus;
  /** The task's version when the request was endorsed: a later change asks for endorsement again. */
  endorsedTaskVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** 延期申请: a deadline moves only through one of these, with the same two-step review. */
export interface ExtensionRequest {
  id: number;
  taskId: number;
  requestedById: number | null;
  currentDeadline: IsoDate | null;
  proposedDeadline: IsoDate;
  reason: string;
  status: RequestStatus;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** One reviewer's decision on a closure or extension request, with the task's state at that moment. */
export interface Review {
  id: number;
  closureRequestId: number | null;
  extensionRequestId: number | null;
  step: ReviewStep;
  decision: ReviewDecision;
  comment: string;
  reviewerId: number;
  taskStatusAtDecision: TaskStatus;
  taskVersionAtDecision: number;
  decidedAt: Date;
}

/** 督查组. */
export interface SupervisionGroup {
  id: number;
  name: string;
  headName: string;
  createdAt: Date;
}

export interface SupervisionVisit {
  id: number;
  groupId: number;
  unitId: number;
  visitDate: IsoDate;
  method: SupervisionMethod;
  summary: string;
  createdAt: Date;
}

export interface Finding {
  id: number;
  visitId: number;
  taskId: number | null;
  text: string;
  responseDue: IsoDate;
  response: string | null;
  respondedAt: Date | null;
  status: FindingStatus;
  createdAt: Date;
}
