import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import type { TaskWithCoUnits } from '../ledger/task-rules.js';
import { notify } from '../notifications/notify.js';
import { COMMENT_MAX } from './request-rules.js';
import { LOOK_BACK_FIELDS } from './workflow-labels.js';
import { allowedMove, lockedTaskInScope, taskCaption, updateTask } from './workflow-rules.js';

export interface ReopenTaskInput {
  id: number;
  version: number;
  /** What the look-back found (反弹回潮 …): the unit and leader are told, the audit log keeps it. */
  reason: string;
}

/**
 * 回头看: the office reopens a closed (or ongoing) task whose problem came back. The task is REOPENED — open,
 * warned about and reminded of again — until the lead unit resumes the work or asks to close it anew.
 */
export const reopenTask = defineUseCase(
  'task.reopen',
  async (ctx, input: ReopenTaskInput): Promise<TaskWithCoUnits> => {
    const { tx, actor } = ctx;
    const task = await lockedTaskInScope(tx, actor, input.id);
    if (!task) throw notFound(TASK_LABEL, input.id);
    assertVersion(task, input.version, TASK_LABEL);
    const status = allowedMove(task.status, 'REOPEN', 'id');
    new Validator()
      .required('reason', LOOK_BACK_FIELDS.reason, input.reason)
      .maxLength('reason', LOOK_BACK_FIELDS.reason, input.reason, COMMENT_MAX)
      .done();
    const now = ctx.now();
    const after = await updateTask(tx, task, { status }, now);
    const reason = input.reason.trim();
    await recordAudit(tx, actor, {
      action: 'task.reopen',
      entity: 'task',
      entityId: task.id,
      before: task,
      after: { ...after, reason },
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }, { leaderId: task.leaderId }], {
      kind: 'DECISION_MADE',
      entity: 'task',
      entityId: task.id,
      message: {
        zh: `回头看：${caption}已重新打开，理由：${reason}`,
        en: `Look-back: ${caption} was reopened. Reason: ${reason}`,
      },
    });
    return after;
  },
);
