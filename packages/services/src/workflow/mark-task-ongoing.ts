import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { checkStatusTerm, type TaskWithCoUnits, writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { COMMENT_MAX } from './request-rules.js';
import { LOOK_BACK_FIELDS } from './workflow-labels.js';
import { allowedMove, lockedTaskInScope, taskCaption } from './workflow-rules.js';

export interface MarkTaskOngoingInput {
  id: number;
  version: number;
  comment?: string | null;
}

/**
 * 基本完成、长期坚持: the office marks a long-term task as basically done and continuing. It leaves the open
 * count (no more deadline warnings or reminders) but is not closed; a look-back may reopen it.
 */
export const markTaskOngoing = defineUseCase(
  'task.markOngoing',
  async (ctx, input: MarkTaskOngoingInput): Promise<TaskWithCoUnits> => {
    const { tx, actor } = ctx;
    const task = await lockedTaskInScope(tx, actor, input.id);
    if (!task) throw notFound(TASK_LABEL, input.id);
    assertVersion(task, input.version, TASK_LABEL);
    const status = allowedMove(task.status, 'MARK_ONGOING', 'id');
    const v = new Validator().maxLength('comment', LOOK_BACK_FIELDS.comment, input.comment, COMMENT_MAX);
    checkStatusTerm(v, 'status', status, task.term);
    v.done();
    const now = ctx.now();
    const after = await writeTask(tx, task, { status }, now);
    const comment = input.comment?.trim() || null;
    await recordAudit(tx, actor, {
      action: 'task.markOngoing',
      entity: 'task',
      entityId: task.id,
      before: task,
      after: { ...after, comment },
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }, { leaderId: task.leaderId }], {
      kind: 'DECISION_MADE',
      entity: 'task',
      entityId: task.id,
      message: messages.workflow.taskMarkedOngoing({ caption, comment }),
    });
    return after;
  },
);
