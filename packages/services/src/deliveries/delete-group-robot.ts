import { deliveries, groupRobots } from '@rectify/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { GROUP_ROBOT_LABEL, robotView } from './outbound-settings.js';

/**
 * 删除群机器人: what it was still to post is cancelled, and its past deliveries stay in the list under its
 * name (their `recipient`), no longer tied to it.
 */
export const deleteGroupRobot = defineUseCase('delivery.manage', async (ctx, input: { id: number }) => {
  const [before] = await ctx.tx.select().from(groupRobots).where(eq(groupRobots.id, input.id)).for('update');
  if (!before) throw notFound(GROUP_ROBOT_LABEL, input.id);
  const ofRobot = eq(deliveries.robotId, input.id);
  await ctx.tx
    .update(deliveries)
    .set({ status: 'CANCELLED' })
    .where(and(ofRobot, inArray(deliveries.status, ['QUEUED', 'RETRYING'])));
  await ctx.tx.update(deliveries).set({ robotId: null }).where(ofRobot);
  await ctx.tx.delete(groupRobots).where(eq(groupRobots.id, input.id));
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'groupRobot.delete',
    entity: 'groupRobot',
    entityId: input.id,
    before: robotView(before),
  });
  return { id: input.id };
});
