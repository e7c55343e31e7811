import { webhookSubscriptions } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { subscriptionOrNotFound } from './webhook-rules.js';

/**
 * 删除推送订阅: nothing more is sent to it, and its delivery log goes with it (the audit log keeps the
 * subscription as it was). A delivery job already running finds its row gone and sends nothing.
 */
export const deleteWebhookSubscription = defineUseCase(
  'apiClient.write',
  async (ctx, input: { id: number }): Promise<{ id: number }> => {
    const { secret: _secret, ...before } = await subscriptionOrNotFound(ctx, input.id);
    await ctx.tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, input.id));
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'webhookSubscription.delete',
      entity: 'webhookSubscription',
      entityId: input.id,
      before,
    });
    return { id: input.id };
  },
);
