import { type ExtensionRequestRow, extensionRequests } from '@rectify/db';
import { actsForTaskAsUnit, type IsoDate, isTaskOpen, TaskStatus } from '@rectify/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { isIsoDate, Validator } from '../kernel/validate.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { COMMENT_MAX, PENDING_REQUEST_STATUSES } from './request-rules.js';
import { REQUEST_FIELDS } from './workflow-labels.js';
import { lockedTaskInScope, notLeadUnit, taskCaption } from './workflow-rules.js';

export interface RequestExtensionInput {
  taskId: number;
  proposedDeadline: IsoDate;
  reason: string;
}

/**
 * 延期申请: the lead unit asks to move an open task's deadline, with a reason. The deadline moves only when the
 * office approves, after the leader's endorsement; a task has at most one extension request under review.
 */
export const requestExtension = defineUseCase(
  'extension.request',
  async (ctx, input: RequestExtensionInput): Promise<ExtensionRequestRow> => {
    const { tx, actor } = ctx;
    const task = await lockedTaskInScope(tx, actor, input.taskId);
    if (!task) throw notFound(TASK_LABEL, input.taskId, 'taskId');
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit(messages.workflow.requestExtension);
    if (!isTaskOpen(task.status)) {
      const state = TaskStatus.labels[task.status];
      throw invalidTransition(messages.workflow.taskThereNoDeadlineExtend({ state }), 'taskId');
    }
    const [pending] = await tx
      .select({ id: extensionRequests.id })
      .from(extensionRequests)
      .where(
        and(
          eq(extensionRequests.taskId, task.id),
          inArray(extensionRequests.status, PENDING_REQUEST_STATUSES),
        ),
      );
    if (pending) {
      throw invalidTransition(messages.workflow.taskAlreadyExtensionRequestUnder, 'taskId');
    }
    const today = todayOf(ctx);
    const proposed = input.proposedDeadline;
    const v = new Validator()
      .required('proposedDeadline', REQUEST_FIELDS.proposedDeadline, proposed)
      .isoDate('proposedDeadline', REQUEST_FIELDS.proposedDeadline, proposed || null)
      .required('reason', REQUEST_FIELDS.reason, input.reason)
      .maxLength('reason', REQUEST_FIELDS.reason, input.reason, COMMENT_MAX);
    if (task.deadline == null) {
      v.add('taskId', 'NO_DEADLINE', messages.workflow.taskNoDeadlineYetOffice);
    } else if (proposed && isIsoDate(proposed)) {
      v.check(
        proposed > task.deadline,
        'proposedDeadline',
        'NOT_LATER',
        messages.workflow.mustAfterCurrentDeadline({
          proposedDeadlineField: REQUEST_FIELDS.proposedDeadline,
          deadline: task.deadline,
        }),
      );
      v.check(
        proposed >= today,
        'proposedDeadline',
        'IN_PAST',
        messages.workflow.proposedDeadlineBeforeToday({
          proposedDeadlineField: REQUEST_FIELDS.proposedDeadline,
          today,
        }),
      );
    }
    v.done();

    const now = ctx.now();
    const [row] = await tx
      .insert(extensionRequests)
      .values({
        taskId: task.id,
        requestedById: actor.userId,
        currentDeadline: task.deadline,
        proposedDeadline: proposed,
        reason: input.reason.trim(),
        status: 'PENDING_ENDORSEMENT',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'extensionRequest.create',
      entity: 'extensionRequest',
      entityId: row!.id,
      after: row,
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ leaderId: task.leaderId }], {
      kind: 'REVIEW_REQUESTED',
      entity: 'extensionRequest',
      entityId: row!.id,
      message: messages.workflow.extensionRequestedPleaseEndorse({
        caption,
        proposed,
      }),
    });
    return row!;
  },
);
