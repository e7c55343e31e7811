import { leaders } from '@rectify/db';
import type { LeadingGroupRole } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkLeaderFields } from './leader-rules.js';

export interface CreateLeaderInput {
  name: string;
  post: string;
  unitId?: number | null;
  /** Defaults to MEMBER of the leading group. */
  groupRole?: LeadingGroupRole;
}

export const createLeader = defineUseCase('leader.write', async (ctx, input: CreateLeaderInput) => {
  const v = new Validator();
  await checkLeaderFields(ctx.tx, v, input, true);
  v.done();
  const now = ctx.now();
  const [leader] = await ctx.tx
    .insert(leaders)
    .values({
      name: input.name.trim(),
      post: input.post.trim(),
      unitId: input.unitId ?? null,
      groupRole: input.groupRole ?? 'MEMBER',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'leader.create',
    entity: 'leader',
    entityId: leader!.id,
    after: leader,
  });
  return leader!;
});
