import { tasks } from '@rectify/db';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { addMissing, checkLeader, checkUnit } from '../organisation/references.js';
import { TASK_FIELDS, TASK_LABEL } from './ledger-labels.js';
import { addLeadIsCoUnit, type TaskWithCoUnits, tasksInScope } from './task-rules.js';

const BULK_ASSIGN_MAX = 500;

/**
 * Gives many tasks the same leader and/or lead unit (undefined keeps each task's own; null clears it).
 * All or nothing: one bad task id refuses the whole request, and the errors name every bad id.
 */
export interface BulkAssignTasksInput {
  taskIds: number[];
  leaderId?: number | null;
  leadUnitId?: number | null;
}

export const bulkAssignTasks = defineUseCase(
  'task.assign',
  async (ctx, input: BulkAssignTasksInput): Promise<TaskWithCoUnits[]> => {
    const { tx } = ctx;
    const ids = [...new Set(input.taskIds ?? [])];
    const v = new Validator();
    v.check(
      ids.length > 0,
      'taskIds',
      'REQUIRED',
      messages.ledger.required({ taskIdsField: TASK_FIELDS.taskIds }),
    );
    v.check(
      ids.length <= BULK_ASSIGN_MAX,
      'taskIds',
      'TOO_MANY',
      messages.ledger.mostTasksMayAssignedOnce({ max: BULK_ASSIGN_MAX, taskIdsField: TASK_FIELDS.taskIds }),
    );
    v.check(
      input.leaderId !== undefined || input.leadUnitId !== undefined,
      'leaderId',
      'REQUIRED',
      messages.ledger.giveLeaderOrLeadUnit({
        leaderIdField: TASK_FIELDS.leaderId,
        leadUnitIdField: TASK_FIELDS.leadUnitId,
      }),
    );
    await checkLeader(tx, v, 'leaderId', input.leaderId);
    await checkUnit(tx, v, 'leadUnitId', input.leadUnitId);
    const found = ids.length <= BULK_ASSIGN_MAX ? await tasksInScope(tx, ctx.actor, ids) : new Map();
    for (const id of ids) {
      const task = found.get(id);
      if (!task) addMissing(v, 'taskIds', TASK_LABEL, id);
      else if (input.leadUnitId != null && task.coUnitIds.includes(input.leadUnitId)) {
        addLeadIsCoUnit(v, 'leadUnitId', id);
      }
    }
    v.done();

    const now = ctx.now();
    const written: TaskWithCoUnits[] = [];
    for (const id of ids) {
      const before = found.get(id)!;
      const row = await updateVersioned(tx, tasks, { id: id, version: before.version }, TASK_LABEL, {
        leaderId: input.leaderId,
        leadUnitId: input.leadUnitId,
        updatedAt: now,
      });
      const after = { ...row, coUnitIds: before.coUnitIds };
      await recordAudit(tx, ctx.actor, {
        action: 'task.assign',
        entity: 'task',
        entityId: id,
        before,
        after,
      });
      written.push(after);
    }
    return written;
  },
);
