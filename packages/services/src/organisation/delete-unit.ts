import {
  clueCases,
  issues,
  leaders,
  progressReports,
  supervisionVisits,
  taskCoUnits,
  tasks,
  units,
  users,
} from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, deleteVersioned } from '../kernel/versioned.js';
import { REFERRER_LABELS, UNIT_LABEL } from './organisation-labels.js';
import { addInUse } from './references.js';

export interface DeleteUnitInput {
  id: number;
  version: number;
}

/** Only a unit nothing refers to may go: history (reports, assignments) must keep naming real units. */
export const deleteUnit = defineUseCase('unit.write', async (ctx, input: DeleteUnitInput) => {
  const { tx } = ctx;
  const byId = eq(units.id, input.id);
  const [before] = await tx.select().from(units).where(byId);
  if (!before) throw notFound(UNIT_LABEL, input.id);
  assertVersion(before, input.version, UNIT_LABEL);
  const other =
    (await tx.$count(supervisionVisits, eq(supervisionVisits.unitId, input.id))) +
    (await tx.$count(clueCases, eq(clueCases.routedToUnitId, input.id)));
  const v = new Validator();
  addInUse(v, UNIT_LABEL, [
    { label: REFERRER_LABELS.subUnits, count: await tx.$count(units, eq(units.parentId, input.id)) },
    { label: REFERRER_LABELS.leaders, count: await tx.$count(leaders, eq(leaders.unitId, input.id)) },
    { label: REFERRER_LABELS.users, count: await tx.$count(users, eq(users.unitId, input.id)) },
    { label: REFERRER_LABELS.issues, count: await tx.$count(issues, eq(issues.leadUnitId, input.id)) },
    { label: REFERRER_LABELS.tasks, count: await tx.$count(tasks, eq(tasks.leadUnitId, input.id)) },
    { label: REFERRER_LABELS.coUnits, count: await tx.$count(taskCoUnits, eq(taskCoUnits.unitId, input.id)) },
    {
      label: REFERRER_LABELS.progressReports,
      count: await tx.$count(progressReports, eq(progressReports.unitId, input.id)),
    },
    { label: REFERRER_LABELS.otherRecords, count: other },
  ]);
  v.done();
  const deleted = await deleteVersioned(tx, units, { id: input.id, version: input.version }, UNIT_LABEL);
  await recordAudit(tx, ctx.actor, {
    action: 'unit.delete',
    entity: 'unit',
    entityId: input.id,
    before: deleted,
  });
  return deleted;
});
