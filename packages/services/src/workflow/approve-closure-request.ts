import { closureRequests } from '@rectify/db';
import { transitionRequest } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound, ServiceError } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, bumped } from '../kernel/versioned.js';
import { notify } from '../notifications/notify.js';
import type { ClosureReviewResult, ReviewRequestInput } from './endorse-closure-request.js';
import {
  checkDecision,
  endorsementOutdated,
  lockClosureRequest,
  REENDORSEMENT_NEEDED,
  recordReview,
} from './request-rules.js';
import { CLOSURE_REQUEST_LABEL } from './workflow-labels.js';
import { allowedMove, lockedTaskInScope, reviewerOf, taskCaption, updateTask } from './workflow-rules.js';

/**
 * 销号审核: the office's final review of an endorsed closure request. APPROVE closes the task (销号); REJECT,
 * with the reason, returns it to work. A task changed after its endorsement cannot be approved until the leader
 * endorses it again. Two reviewers acting at once: the first wins, the second gets a CONFLICT and changes nothing.
 */
export const approveClosureRequest = defineUseCase(
  'closure.approve',
  async (ctx, input: ReviewRequestInput): Promise<ClosureReviewResult> => {
    const { tx, actor } = ctx;
    const reviewerId = reviewerOf(actor);
    const request = await lockClosureRequest(tx, input.id);
    const task = request && (await lockedTaskInScope(tx, actor, request.taskId));
    if (!request || !task) throw notFound(CLOSURE_REQUEST_LABEL, input.id);
    assertVersion(request, input.version, CLOSURE_REQUEST_LABEL);
    const approve = input.decision === 'APPROVE';
    // The office decides only on endorsed requests, and approves only the task as it was endorsed.
    const move = transitionRequest(request.status, 'APPROVE');
    if (!move.ok) throw invalidTransition(move.reason);
    const v = new Validator();
    checkDecision(v, input);
    v.done();
    if (approve && endorsementOutdated(request, task)) {
      throw new ServiceError('INVALID_TRANSITION', REENDORSEMENT_NEEDED, [
        { field: 'id', code: 'ENDORSEMENT_OUTDATED', message: REENDORSEMENT_NEEDED },
      ]);
    }
    const status = approve ? 'APPROVED' : 'REJECTED';
    const taskStatus = allowedMove(task.status, approve ? 'APPROVE_CLOSURE' : 'REJECT_CLOSURE');

    const now = ctx.now();
    const review = await recordReview(tx, {
      request: { closureRequestId: request.id },
      step: 'APPROVAL',
      decision: input.decision,
      comment: input.comment,
      reviewerId,
      task,
      now,
    });
    const [closureRequest] = await tx
      .update(closureRequests)
      .set({ status, version: bumped(closureRequests.version), updatedAt: now })
      .where(and(eq(closureRequests.id, request.id), eq(closureRequests.version, request.version)))
      .returning();
    const after = await updateTask(tx, task, { status: taskStatus }, now);
    await recordAudit(tx, actor, {
      action: approve ? 'closureRequest.approve' : 'closureRequest.reject',
      entity: 'closureRequest',
      entityId: request.id,
      before: request,
      after: { ...closureRequest, review },
    });
    await recordAudit(tx, actor, {
      action: approve ? 'task.close' : 'task.rejectClosure',
      entity: 'task',
      entityId: task.id,
      before: task,
      after,
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }, { leaderId: task.leaderId }], {
      kind: 'DECISION_MADE',
      entity: 'closureRequest',
      entityId: request.id,
      message: approve
        ? { zh: `${caption}已审核通过,予以销号`, en: `${caption} is approved and closed` }
        : {
            zh: `${caption}的销号申请被整改办退回:${review.comment}`,
            en: `The closure request of ${caption} was sent back by the office: ${review.comment}`,
          },
    });
    return { closureRequest: closureRequest!, review, task: after };
  },
);
