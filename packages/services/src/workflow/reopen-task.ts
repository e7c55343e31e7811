import { deadlineChanges } from '@rectify/db';
import { type IsoDate } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { isIsoDate, Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { type TaskWithCoUnits, writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { COMMENT_MAX } from './request-rules.js';
import { LOOK_BACK_FIELDS } from './workflow-labels.js';
import { allowedMove, lockedTaskInScope, taskCaption } from './workflow-rules.js';

export interface ReopenTaskInput {
  id: number;
  version: number;
  /** What the look-back found (反弹回潮 …): the unit and leader are told, the audit log keeps it. */
  reason: string;
  /** The new deadline (not before today): the old one has passed, and the reopened task is worked to this. */
  deadline: IsoDate;
}

/**
 * 回头看: the office reopens a closed (or ongoing) task whose problem came back. The task is REOPENED — open,
 * warned about and reminded of again — until the lead unit resumes the work or asks to close it anew. It gets a
 * new deadline, kept in the deadline history as an extension's is (a change with no extension request).
 */
export const reopenTask = defineUseCase(
  'task.reopen',
  async (ctx, input: ReopenTaskInput): Promise<TaskWithCoUnits> => {
    const { tx, actor } = ctx;
    const task = await lockedTaskInScope(tx, actor, input.id);
    if (!task) throw notFound(TASK_LABEL, input.id);
    assertVersion(task, input.version, TASK_LABEL);
    const status = allowedMove(task.status, 'REOPEN', 'id');
    const today = todayOf(ctx);
    const deadline = input.deadline;
    const v = new Validator()
      .required('reason', LOOK_BACK_FIELDS.reason, input.reason)
      .maxLength('reason', LOOK_BACK_FIELDS.reason, input.reason, COMMENT_MAX)
      .required('deadline', LOOK_BACK_FIELDS.deadline, deadline)
      .isoDate('deadline', LOOK_BACK_FIELDS.deadline, deadline || null);
    if (deadline && isIsoDate(deadline)) {
      v.check(
        deadline >= today,
        'deadline',
        'IN_PAST',
        messages.workflow.cannotBeforeToday({
          deadlineField: LOOK_BACK_FIELDS.deadline,
          today,
        }),
      );
    }
    v.done();
    const now = ctx.now();
    const after = await writeTask(tx, task, { status, deadline }, now);
    const [change] = await tx
      .insert(deadlineChanges)
      .values({
        taskId: task.id,
        fromDeadline: task.deadline,
        toDeadline: deadline,
        changedById: actor.userId,
        changedAt: now,
      })
      .returning();
    const reason = input.reason.trim();
    await recordAudit(tx, actor, {
      action: 'task.reopen',
      entity: 'task',
      entityId: task.id,
      before: task,
      after: { ...after, reason, deadlineChange: change },
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }, { leaderId: task.leaderId }], {
      kind: 'DECISION_MADE',
      entity: 'task',
      entityId: task.id,
      message: messages.workflow.lookBackReopenedNewDeadline({
        caption,
        reason,
        deadline,
      }),
    });
    return after;
  },
);
