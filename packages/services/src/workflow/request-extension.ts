import { type ExtensionRequestRow, extensionRequests } from '@rectify/db';
import { actsForTaskAsUnit, type IsoDate, isTaskOpen, TaskStatus, chineseDate } from '@rectify/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { isIsoDate, Validator } from '../kernel/validate.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
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
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit({ zh: '申请延期', en: 'request an extension' });
    if (!isTaskOpen(task.status)) {
      const state = TaskStatus.labels[task.status];
      throw invalidTransition(
        {
          zh: `任务状态为“${state.zh}”，无需延期`,
          en: `the task is "${state.en}": there is no deadline to extend`,
        },
        'taskId',
      );
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
      throw invalidTransition(
        { zh: '该任务已有待审核的延期申请', en: 'the task already has an extension request under review' },
        'taskId',
      );
    }
    const today = todayOf(ctx);
    const proposed = input.proposedDeadline;
    const v = new Validator()
      .required('proposedDeadline', REQUEST_FIELDS.proposedDeadline, proposed)
      .isoDate('proposedDeadline', REQUEST_FIELDS.proposedDeadline, proposed || null)
      .required('reason', REQUEST_FIELDS.reason, input.reason)
      .maxLength('reason', REQUEST_FIELDS.reason, input.reason, COMMENT_MAX);
    if (task.deadline == null) {
      v.add('taskId', 'NO_DEADLINE', {
        zh: '任务尚未确定完成时限，请整改办直接设定',
        en: 'the task has no deadline yet: the office sets it directly',
      });
    } else if (proposed && isIsoDate(proposed)) {
      v.check(proposed > task.deadline, 'proposedDeadline', 'NOT_LATER', {
        zh: `${REQUEST_FIELDS.proposedDeadline.zh}须晚于现完成时限${chineseDate(task.deadline)}`,
        en: `${REQUEST_FIELDS.proposedDeadline.en} must be after the current deadline ${task.deadline}`,
      });
      v.check(proposed >= today, 'proposedDeadline', 'IN_PAST', {
        zh: `${REQUEST_FIELDS.proposedDeadline.zh}不能早于今天（${chineseDate(today)}）`,
        en: `${REQUEST_FIELDS.proposedDeadline.en} cannot be before today (${today})`,
      });
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
      message: {
        zh: `${caption}申请延期至${chineseDate(proposed)}，请签字背书`,
        en: `An extension of ${caption} to ${proposed} is requested: please endorse it`,
      },
    });
    return row!;
  },
);
