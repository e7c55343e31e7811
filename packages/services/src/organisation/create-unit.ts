import { units } from '@rectify/db';
import type { UnitKind } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkUnitFields } from './unit-rules.js';

export interface CreateUnitInput {
  name: string;
  kind: UnitKind;
  parentId?: number | null;
}

export const createUnit = defineUseCase('unit.write', async (ctx, input: CreateUnitInput) => {
  const v = new Validator();
  await checkUnitFields(ctx.tx, v, input);
  v.done();
  const now = ctx.now();
  const [unit] = await ctx.tx
    .insert(units)
    .values({
      name: input.name.trim(),
      kind: input.kind,
      parentId: input.parentId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'unit.create',
    entity: 'unit',
    entityId: unit!.id,
    after: unit,
  });
  return unit!;
});
