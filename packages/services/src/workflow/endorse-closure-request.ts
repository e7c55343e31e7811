import { type ClosureRequestRow, closureRequests, type ReviewRow } from '@rectify/db';
import { leadsTask, type ReviewDecision, transitionRequest } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, bumped } from '../kernel/versioned.js';
import type { TaskWithCoUnits } from '../ledger/task-rules.js';
import { notify } from '../notifications/notify.js';
import { checkDecision, endorsementOutdated, lockClosureRequest, recordReview } from './request-rules.js';
import { CLOSURE_REQUEST_LABEL } from './workflow-labels.js';
import { allowedMove, lockedTaskInScope, reviewerOf, taskCaption, updateTask } from './workflow-rules.js';

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
    const reviewerId = reviewerOf(actor);
    const request = await lockClosureRequest(tx, input.id);
    const task = request && (await lockedTaskInScope(tx, actor, request.taskId));
    // A leader reviews only the tasks they lead; any other request is not theirs to know of.
    if (!request || !task || !leadsTask(actor, task)) throw notFound(CLOSURE_REQUEST_LABEL, input.id);
    assertVersion(request, input.version, CLOSURE_REQUEST_LABEL);
    // Awaiting endorsement, or endorsed for a task that has changed since (endorsed again).
    const move = transitionRequest(request.status, 'ENDORSE');
    if (!move.ok && !endorsementOutdated(request, task)) throw invalidTransition(move.reason);
    const v = new Validator();
    checkDecision(v, input);
    v.done();

    const now = ctx.now();
    const approve = input.decision === 'APPROVE';
    const status = approve ? 'PENDING_APPROVAL' : 'REJECTED';
    const taskStatus = approve ? task.status : allowedMove(task.status, 'REJECT_CLOSURE');
    const review = await recordReview(tx, {
      request: { closureRequestId: request.id },
      step: 'ENDORSEMENT',
      decision: input.decision,
      comment: input.comment,
      reviewerId,
      task,
      now,
    });
    const [closureRequest] = await tx
      .update(closureRequests)
      .set({
        status,
        endorsedTaskVersion: approve ? task.version : request.endorsedTaskVersion,
        version: bumped(closureRequests.version),
        updatedAt: now,
      })
      .where(and(eq(closureRequests.id, request.id), eq(closureRequests.version, request.version)))
      .returning();
    const after = approve ? task : await updateTask(tx, task, { status: taskStatus }, now);
    await recordAudit(tx, actor, {
      action: approve ? 'closureRequest.endorse' : 'closureRequest.reject',
      entity: 'closureRequest',
      entityId: request.id,
      before: request,
      after: { ...closureRequest, review },
    });
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
      ? {
          zh: `${caption}的销号申请已由责任领导签字背书`,
          en: `The closure request of ${caption} was endorsed`,
        }
      : {
          zh: `${caption}的销号申请被责任领导退回:${review.comment}`,
          en: `The closure request of ${caption} was sent back by the leader: ${review.comment}`,
        };
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
        message: {
          zh: `${caption}的销号申请已签字背书,请审核`,
          en: `The closure request of ${caption} is endorsed: please review it`,
        },
      });
    }
    return { closureRequest: closureRequest!, review, task: after };
  },
);
