import {
  type ClosureRequestRow,
  closureRequests,
  type Executor,
  type ExtensionRequestRow,
  extensionRequests,
  type ReviewRow,
  reviews,
} from '@rectify/db';
import { type Label, RequestStatus, ReviewDecision, type ReviewStep } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import type { Validator } from '../kernel/validate.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import type { TaskWithCoUnits } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { REQUEST_FIELDS } from './workflow-labels.js';

export const STATEMENT_MAX = 20_000;
export const COMMENT_MAX = 5_000;

/** Requests still under review: a task has at most one of each kind at a time. */
export const PENDING_REQUEST_STATUSES = [
  'PENDING_ENDORSEMENT',
  'PENDING_APPROVAL',
] as const satisfies readonly RequestStatus[];

/** The closure request, locked for the transaction: two reviewers acting at once are served one after the other. */
export async function lockClosureRequest(tx: Executor, id: number): Promise<ClosureRequestRow | null> {
  const [row] = await tx.select().from(closureRequests).where(eq(closureRequests.id, id)).for('update');
  return row ?? null;
}

export async function lockExtensionRequest(tx: Executor, id: number): Promise<ExtensionRequestRow | null> {
  const [row] = await tx.select().from(extensionRequests).where(eq(extensionRequests.id, id)).for('update');
  return row ?? null;
}

/** A decision is APPROVE or REJECT; a rejection says why (the unit works from that reason). */
export function checkDecision(
  v: Validator,
  input: { decision: ReviewDecision; comment?: string | null | undefined },
): void {
  checkEnum(v, 'decision', REQUEST_FIELDS.decision, ReviewDecision, input.decision);
  v.required('decision', REQUEST_FIELDS.decision, input.decision);
  v.maxLength('comment', REQUEST_FIELDS.comment, input.comment, COMMENT_MAX);
  if (input.decision === 'REJECT') {
    v.check(
      (input.comment ?? '').trim() !== '',
      'comment',
      'REQUIRED',
      messages.workflow.rejectionNeedsReason,
    );
  }
}

/** One reviewer's decision, with the task as it stood at that moment. */
export async function recordReview(
  tx: Executor,
  values: {
    request: { closureRequestId: number } | { extensionRequestId: number };
    step: ReviewStep;
    decision: ReviewDecision;
    comment: string | null | undefined;
    reviewerId: number;
    task: TaskWithCoUnits;
    now: Date;
  },
): Promise<ReviewRow> {
  const [row] = await tx
    .insert(reviews)
    .values({
      ...values.request,
      step: values.step,
      decision: values.decision,
      comment: values.comment?.trim() ?? '',
      reviewerId: values.reviewerId,
      taskStatusAtDecision: values.task.status,
      taskVersionAtDecision: values.task.version,
      decidedAt: values.now,
    })
    .returning();
  return row!;
}

/** A closure endorsement holds only for the task as it was endorsed: any later change asks for it again. */
export const endorsementOutdated = (request: ClosureRequestRow, task: { version: number }): boolean =>
  request.status === 'PENDING_APPROVAL' && request.endorsedTaskVersion !== task.version;

export const REENDORSEMENT_NEEDED: Label = messages.workflow.taskChangedAfterEndorsedResponsible;
