import { clueCases, issues, leaders, tasks, users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, deleteVersioned } from '../kernel/versioned.js';
import { LEADER_LABEL, REFERRER_LABELS } from './organisation-labels.js';
import { addInUse } from './references.js';

export interface DeleteLeaderInput {
  id: number;
  version: number;
}

/** Only a leader nothing refers to may go: the ledger must keep naming who answers for each item. */
export const deleteLeader = defineUseCase('leader.write', async (ctx, input: DeleteLeaderInput) => {
  const { tx } = ctx;
  const byId = eq(leaders.id, input.id);
  const [before] = await tx.select().from(leaders).where(byId);
  if (!before) throw notFound(LEADER_LABEL, input.id);
  assertVersion(before, input.version, LEADER_LABEL);
  const v = new Validator();
  addInUse(v, LEADER_LABEL, [
    { label: REFERRER_LABELS.users, count: await tx.$count(users, eq(users.leaderId, input.id)) },
    { label: REFERRER_LABELS.issues, count: await tx.$count(issues, eq(issues.leadLeaderId, input.id)) },
    { label: REFERRER_LABELS.tasks, count: await tx.$count(tasks, eq(tasks.leaderId, input.id)) },
    {
      label: REFERRER_LABELS.otherRecords,
      count: await tx.$count(clueCases, eq(clueCases.owningLeaderId, input.id)),
    },
  ]);
  v.done();
  const deleted = await deleteVersioned(tx, leaders, { id: input.id, version: input.version }, LEADER_LABEL);
  await recordAudit(tx, ctx.actor, {
    action: 'leader.delete',
    entity: 'leader',
    entityId: input.id,
    before: deleted,
  });
  return deleted;
});
