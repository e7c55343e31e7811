import { deliveries } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { messages } from '../messages/index.js';
import type { DeliveryView } from './list-deliveries.js';
import { queueDeliveryJob } from './tx-job.js';

const DELIVERY = messages.deliveries.delivery;

async function lockedDelivery(tx: Parameters<typeof queueDeliveryJob>[0], id: number) {
  const [row] = await tx.select().from(deliveries).where(eq(deliveries.id, id)).for('update');
  if (!row) throw notFound(DELIVERY, id);
  return row;
}

const viewOf = (r: typeof deliveries.$inferSelect): DeliveryView => ({
  id: r.id,
  channel: r.channel,
  kind: r.kind,
  recipient: r.recipient,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  lastError: r.lastError,
  notBefore: r.notBefore,
  createdAt: r.createdAt,
  sentAt: r.sentAt,
});

/** 重新发送: a failed or cancelled delivery is queued again at once, as a new job of the same row. */
export const retryDelivery = defineUseCase('delivery.manage', async (ctx, input: { id: number }) => {
  const before = await lockedDelivery(ctx.tx, input.id);
  if (before.status !== 'FAILED' && before.status !== 'CANCELLED') {
    throw invalidTransition(messages.deliveries.onlyFailedCancelledDeliveryCan);
  }
  const [queued] = await ctx.tx
    .update(deliveries)
    .set({ status: 'QUEUED', notBefore: ctx.now() })
    .where(eq(deliveries.id, before.id))
    .returning();
  const jobId = await queueDeliveryJob(ctx.tx, before.id, ctx.now());
  await ctx.tx.update(deliveries).set({ jobId }).where(eq(deliveries.id, before.id));
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'delivery.retry',
    entity: 'delivery',
    entityId: before.id,
    before: { status: before.status, lastError: before.lastError },
  });
  return viewOf({ ...(queued ?? before), jobId });
});

/** 取消发送: a delivery not yet sent is never sent (its job finds it cancelled and does nothing). */
export const cancelDelivery = defineUseCase('delivery.manage', async (ctx, input: { id: number }) => {
  const before = await lockedDelivery(ctx.tx, input.id);
  if (before.status !== 'QUEUED' && before.status !== 'RETRYING' && before.status !== 'IN_DIGEST') {
    throw invalidTransition(messages.deliveries.onlyDeliveryNotYetSent);
  }
  const [after] = await ctx.tx
    .update(deliveries)
    .set({ status: 'CANCELLED' })
    .where(eq(deliveries.id, before.id))
    .returning();
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'delivery.cancel',
    entity: 'delivery',
    entityId: before.id,
    before: { status: before.status },
  });
  return viewOf(after ?? before);
});
