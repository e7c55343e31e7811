import { webhookDeliveries } from '@rectify/db';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { deliveryViewOf } from './list-webhooks.js';
import { subscriptionOrNotFound } from './webhook-rules.js';
import type { WebhookDeliveryView } from './webhook-views.js';

/** Queues a signed test POST to a subscription (paused or not), logged like any delivery. */
export const sendTestWebhook = defineUseCase(
  'apiClient.write',
  async (ctx, input: { subscriptionId: number }): Promise<WebhookDeliveryView> => {
    await subscriptionOrNotFound(ctx, input.subscriptionId);
    const [row] = await ctx.tx
      .insert(webhookDeliveries)
      .values({ subscriptionId: input.subscriptionId, createdAt: ctx.now() })
      .returning();
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'webhookSubscription.test',
      entity: 'webhookSubscription',
      entityId: input.subscriptionId,
      after: { deliveryId: row!.id },
    });
    return deliveryViewOf({ ...row!, kind: null });
  },
);
