import { actsForTaskAsUnit } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { assertVersion } from '../kernel/versioned.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { type TaskWithCoUnits, writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { allowedMove, lockedTaskInScope, notLeadUnit } from './workflow-rules.js';

/** The lead unit takes a reopened task back in hand (恢复整改): REOPENED → IN_PROGRESS. */
export const resumeTask = defineUseCase(
  'progress.report',
  async (ctx, input: { id: number; version: number }): Promise<TaskWithCoUnits> => {
    const { tx, actor } = ctx;
    const task = await lockedTaskInScope(tx, actor, input.id);
    if (!task) throw notFound(TASK_LABEL, input.id);
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit(messages.workflow.resumeWork);
    assertVersion(task, input.version, TASK_LABEL);
    const status = allowedMove(task.status, 'RESUME', 'id');
    const after = await writeTask(tx, task, { status }, ctx.now());
    await recordAudit(tx, actor, {
      action: 'task.resume',
      entity: 'task',
      entityId: task.id,
      before: task,
      after,
    });
    return after;
  },
);
