import type { ClosureRequestRow, ReviewRow } from '@rectify/db';
import type { ReviewDecision } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { type TaskWithCoUnits, writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { CLOSURE, openReview, recordDecision } from './review-step.js';
import { allowedMove, taskCaption } from './workflow-rules.js';

export interface ReviewRequestInput {
  id: number;
  /** The version of the request that was read: a request changed since is a CONFLICT. */
  version: number;
  decision: ReviewDecision;
  /** Required when rejecting. */
  comment?: string | null;
}

export interface ClosureReviewResult {
  closureRequest: ClosureRequestRow;
  review: ReviewRow;
  task: TaskWithCoUnits;
}

/**
 * 签字背书: the task's responsible leader endorses the closure request (APPROVE), which passes it to the office,
 * or sends it back (REJECT, with the reason), which returns the task to work. A request endorsed for a task
 * that has changed since may be endorsed again.
 */
export const endorseClosureRequest = defineUseCase(
  'closure.endorse',
  async (ctx, input: ReviewRequestInput): Promise<ClosureReviewResult> => {
    const { tx, actor } = ctx;
    const open = await openReview(ctx, CLOSURE, 'ENDORSEMENT', input);
    const { request, task, approve } = open;
    const taskStatus = approve ? task.status : allowedMove(task.status, 'REJECT_CLOSURE');
    const now = ctx.now();
    const { review, row: closureRequest } = await recordDecision(
      ctx,
      CLOSURE,
      'ENDORSEMENT',
      open,
      input,
      {
        status: approve ? 'PENDING_APPROVAL' : 'REJECTED',
        endorsedTaskVersion: approve ? task.version : request.endorsedTaskVersion,
      },
      now,
    );
    const after = approve ? task : await writeTask(tx, task, { status: taskStatus }, now);
    if (!approve) {
      await recordAudit(tx, actor, {
        action: 'task.rejectClosure',
        entity: 'task',
        entityId: task.id,
        before: task,
        after,
      });
    }

    const caption = await taskCaption(tx, task);
    const message = approve
      ? messages.workflow.closureRequestEndorsed({ caption })
      : messages.workflow.closureRequestSentBackLeader({ caption, comment: review.comment });
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }], {
      kind: 'DECISION_MADE',
      entity: 'closureRequest',
      entityId: request.id,
      message,
    });
    if (approve) {
      await notify(tx, actor, now, [{ role: 'OFFICE' }], {
        kind: 'REVIEW_REQUESTED',
        entity: 'closureRequest',
        entityId: request.id,
        message: messages.workflow.closureRequestEndorsedPleaseReview({ caption }),
      });
    }
    return { closureRequest, review, task: after };
  },
);
