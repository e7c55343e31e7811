import { units } from '@rectify/db';
import type { UnitKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { UNIT_LABEL } from './organisation-labels.js';
import { checkUnitFields } from './unit-rules.js';

/** A field left undefined keeps its value; `parentId: null` makes the unit a top-level one. */
export interface UpdateUnitInput {
  id: number;
  version: number;
  name?: string;
  kind?: UnitKind;
  parentId?: number | null;
}

export const updateUnit = defineUseCase('unit.write', async (ctx, input: UpdateUnitInput) => {
  const byId = eq(units.id, input.id);
  const [before] = await ctx.tx.select().from(units).where(byId);
  if (!before) throw notFound(UNIT_LABEL, input.id);
  assertVersion(before, input.version, UNIT_LABEL);
  const v = new Validator();
  await checkUnitFields(ctx.tx, v, input, input.id);
  v.done();
  const after = await updateVersioned(ctx.tx, units, { id: input.id, version: input.version }, UNIT_LABEL, {
    name: input.name?.trim(),
    kind: input.kind,
    parentId: input.parentId,
    updatedAt: ctx.now(),
  });
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'unit.update',
    entity: 'unit',
    entityId: input.id,
    before,
    after,
  });
  return after;
});
