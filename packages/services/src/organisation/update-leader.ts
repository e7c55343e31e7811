import { leaders } from '@rectify/db';
import type { LeadingGroupRole } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { checkLeaderFields } from './leader-rules.js';
import { LEADER_LABEL } from './organisation-labels.js';

/** A field left undefined keeps its value; `unitId: null` unbinds the leader from any unit. */
export interface UpdateLeaderInput {
  id: number;
  version: number;
  name?: string;
  post?: string;
  unitId?: number | null;
  groupRole?: LeadingGroupRole;
}

export const updateLeader = defineUseCase('leader.write', async (ctx, input: UpdateLeaderInput) => {
  const byId = eq(leaders.id, input.id);
  const [before] = await ctx.tx.select().from(leaders).where(byId);
  if (!before) throw notFound(LEADER_LABEL, input.id);
  assertVersion(before, input.version, LEADER_LABEL);
  const v = new Validator();
  await checkLeaderFields(ctx.tx, v, input, false);
  v.done();
  const after = await updateVersioned(
    ctx.tx,
    leaders,
    { id: input.id, version: input.version },
    LEADER_LABEL,
    {
      name: input.name?.trim(),
      post: input.post?.trim(),
      unitId: input.unitId,
      groupRole: input.groupRole,
      updatedAt: ctx.now(),
    },
  );
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'leader.update',
    entity: 'leader',
    entityId: input.id,
    before,
    after,
  });
  return after;
});
