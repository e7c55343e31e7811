import { tasks } from '@rectify/db';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { TASK_LABEL } from './ledger-labels.js';
import { checkAssignment, setCoUnits, type TaskWithCoUnits, taskInScope } from './task-rules.js';

/** The whole assignment at once: the responsible leader, the lead unit and the co-operating units. */
export interface AssignTaskInput {
  id: number;
  version: number;
  leaderId: number | null;
  leadUnitId: number | null;
  coUnitIds: number[];
}

export const assignTask = defineUseCase(
  'task.assign',
  async (ctx, input: AssignTaskInput): Promise<TaskWithCoUnits> => {
    const { tx } = ctx;
    const before = await taskInScope(tx, ctx.actor, input.id);
    if (!before) throw notFound(TASK_LABEL, input.id);
    assertVersion(before, input.version, TASK_LABEL);
    const v = new Validator();
    await checkAssignment(tx, v, input);
    v.done();
    const row = await updateVersioned(tx, tasks, { id: input.id, version: input.version }, TASK_LABEL, {
      leaderId: input.leaderId ?? null,
      leadUnitId: input.leadUnitId ?? null,
      updatedAt: ctx.now(),
    });
    const after = { ...row, coUnitIds: await setCoUnits(tx, input.id, input.coUnitIds ?? []) };
    await recordAudit(tx, ctx.actor, {
      action: 'task.assign',
      entity: 'task',
      entityId: input.id,
      before,
      after,
    });
    return after;
  },
);
