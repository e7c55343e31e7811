import { deadlineChanges } from '@rectify/db';
import { isTaskOpen } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { conflict, invalidTransition } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import type { ReviewRequestInput } from './endorse-closure-request.js';
import type { ExtensionReviewResult } from './endorse-extension-request.js';
import { EXTENSION, openReview, recordDecision } from './review-step.js';
import { taskCaption } from './workflow-rules.js';

/**
 * The office's final review of an endorsed extension request. APPROVE moves the task's deadline and records
 * the move in the deadline history; REJECT (with the reason) leaves the deadline as it was.
 */
export const approveExtensionRequest = defineUseCase(
  'extension.approve',
  async (ctx, input: ReviewRequestInput): Promise<ExtensionReviewResult> => {
    const { tx, actor } = ctx;
    const open = await openReview(ctx, EXTENSION, 'APPROVAL', input);
    const { request, task, approve } = open;
    if (approve) {
      if (!isTaskOpen(task.status)) {
        throw invalidTransition(messages.workflow.taskNoLongerOpenThere, 'id');
      }
      // The request was made against the deadline then in force: if that has changed, it must be made again.
      if (task.deadline !== request.currentDeadline) throw conflict(TASK_LABEL);
    }

    const now = ctx.now();
    const { review, row } = await recordDecision(
      ctx,
      EXTENSION,
      'APPROVAL',
      open,
      input,
      { status: approve ? 'APPROVED' : 'REJECTED' },
      now,
    );
    let after = task;
    if (approve) {
      after = await writeTask(tx, task, { deadline: request.proposedDeadline }, now);
      const [change] = await tx
        .insert(deadlineChanges)
        .values({
          taskId: task.id,
          fromDeadline: task.deadline,
          toDeadline: request.proposedDeadline,
          extensionRequestId: request.id,
          changedById: actor.userId,
          changedAt: now,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'task.extendDeadline',
        entity: 'task',
        entityId: task.id,
        before: task,
        after: { ...after, deadlineChange: change },
      });
    }
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }, { leaderId: task.leaderId }], {
      kind: 'DECISION_MADE',
      entity: 'extensionRequest',
      entityId: request.id,
      message: approve
        ? messages.workflow.extensionApprovedDeadlineNow({
            caption,
            proposedDeadline: request.proposedDeadline,
          })
        : messages.workflow.extensionRequestSentBackOffice({ caption, comment: review.comment }),
    });
    return { extensionRequest: row, review, task: after };
  },
);
