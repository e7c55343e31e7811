import { tasks } from '@rectify/db';
import { TaskStatus } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { TASK_FIELDS, TASK_LABEL } from './ledger-labels.js';
import { checkStatusTerm } from './task-rules.js';

export interface SetTaskStatusForImportInput {
  id: number;
  version: number;
  status: TaskStatus;
}

/**
 * Puts an imported task in the state the source document records, after its progress reports have been
 * entered (reporting starts a task; closed tasks take no reports). Not a workflow step: the workflow moves
 * statuses through the lifecycle; this only restores a ledger that already went through it elsewhere (the
 * demo loader's use).
 */
export const setTaskStatusForImport = defineUseCase(
  'task.write',
  async (ctx, input: SetTaskStatusForImportInput) => {
    const [before] = await ctx.tx.select().from(tasks).where(eq(tasks.id, input.id));
    if (!before) throw notFound(TASK_LABEL, input.id);
    assertVersion(before, input.version, TASK_LABEL);
    const v = new Validator();
    v.check(
      TaskStatus.is(input.status),
      'status',
      'INVALID',
      messages.ledger.invalidStatus({ statusField: TASK_FIELDS.status, status: input.status }),
    );
    checkStatusTerm(v, 'status', input.status, before.term);
    v.done();
    const after = await updateVersioned(ctx.tx, tasks, input, TASK_LABEL, {
      status: input.status,
      updatedAt: ctx.now(),
    });
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'task.importStatus',
      entity: 'task',
      entityId: input.id,
      before,
      after,
    });
    return after;
  },
);
