import { recordAudit } from '../kernel/audit.js';
import { ServiceError } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import type { ClosureReviewResult, ReviewRequestInput } from './endorse-closure-request.js';
import { endorsementOutdated, REENDORSEMENT_NEEDED } from './request-rules.js';
import { CLOSURE, openReview, recordDecision } from './review-step.js';
import { allowedMove, taskCaption } from './workflow-rules.js';

/**
 * 销号审核: the office's final review of an endorsed closure request. APPROVE closes the task (销号); REJECT,
 * with the reason, returns it to work. A task changed after its endorsement cannot be approved until the leader
 * endorses it again. Two reviewers acting at once: the first wins, the second gets a CONFLICT and changes nothing.
 */
export const approveClosureRequest = defineUseCase(
  'closure.approve',
  async (ctx, input: ReviewRequestInput): Promise<ClosureReviewResult> => {
    const { tx, actor } = ctx;
    const open = await openReview(ctx, CLOSURE, 'APPROVAL', input);
    const { request, task, approve } = open;
    // The office approves only the task as it was endorsed.
    if (approve && endorsementOutdated(request, task)) {
      throw new ServiceError('INVALID_TRANSITION', REENDORSEMENT_NEEDED, [
        { field: 'id', code: 'ENDORSEMENT_OUTDATED', message: REENDORSEMENT_NEEDED },
      ]);
    }
    const taskStatus = allowedMove(task.status, approve ? 'APPROVE_CLOSURE' : 'REJECT_CLOSURE');

    const now = ctx.now();
    const { review, row: closureRequest } = await recordDecision(
      ctx,
      CLOSURE,
      'APPROVAL',
      open,
      input,
      { status: approve ? 'APPROVED' : 'REJECTED' },
      now,
    );
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }, { leaderId: task.leaderId }], {
      kind: 'DECISION_MADE',
      entity: 'closureRequest',
      entityId: request.id,
      message: approve
        ? messages.workflow.approvedClosed({ caption })
        : messages.workflow.closureRequestSentBackOffice({ caption, comment: review.comment }),
    });
    // The task's audit event records its change for the feed, which holds the change-order lock until
    // commit: written last, it keeps other writers waiting the shortest time.
    const after = await writeTask(tx, task, { status: taskStatus }, now);
    await recordAudit(tx, actor, {
      action: approve ? 'task.close' : 'task.rejectClosure',
      entity: 'task',
      entityId: task.id,
      before: task,
      after,
    });
    return { closureRequest, review, task: after };
  },
);
