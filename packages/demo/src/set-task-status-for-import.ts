import { tasks } from '@rectify/db';
import { TaskStatus } from '@rectify/domain';
import {
  checkStatusTerm,
  conflict,
  defineUseCase,
  notFound,
  recordAudit,
  TASK_FIELDS,
  TASK_LABEL,
  Validator,
} from '@rectify/services';
import { and, eq, sql } from 'drizzle-orm';

export interface SetTaskStatusForImportInput {
  id: number;
  version: number;
  status: TaskStatus;
}

/**
 * Puts an imported task in the state the source document records, after its progress reports have been
 * entered (reporting starts a task; closed tasks take no reports). Not a workflow step: the workflow moves
 * statuses through the lifecycle; this only restores a ledger that already went through it elsewhere.
 */
export const setTaskStatusForImport = defineUseCase(
  'task.write',
  async (ctx, input: SetTaskStatusForImportInput) => {
    const byId = eq(tasks.id, input.id);
    const [before] = await ctx.tx.select().from(tasks).where(byId);
    if (!before) throw notFound(TASK_LABEL, input.id);
    if (before.version !== input.version) throw conflict(TASK_LABEL);
    const v = new Validator();
    v.check(TaskStatus.is(input.status), 'status', 'INVALID', {
      zh: `${TASK_FIELDS.status.zh}无效:${input.status}`,
      en: `${TASK_FIELDS.status.en} is invalid: ${input.status}`,
    });
    checkStatusTerm(v, 'status', input.status, before.term);
    v.done();
    const [after] = await ctx.tx
      .update(tasks)
      .set({ status: input.status, version: sql`${tasks.version} + 1`, updatedAt: ctx.now() })
      .where(and(byId, eq(tasks.version, input.version)))
      .returning();
    if (!after) throw conflict(TASK_LABEL);
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
