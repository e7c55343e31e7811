import { changeEvents, webhookDeliveries } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { messages } from '../messages/index.js';
import { deliveryViewOf } from './list-webhooks.js';
import type { WebhookDeliveryView } from './webhook-views.js';

const WEBHOOK_DELIVERY_LABEL = messages.webhooks.webhookDelivery;

/**
 * 重新推送: a delivery that failed for good starts over — pending, no attempts yet, handed to the queue by the
 * next pump pass — with its retries and backoff anew. The outcome it had stays in the audit log.
 */
export const retryWebhookDelivery = defineUseCase(
  'apiClient.write',
  async (ctx, input: { id: number }): Promise<WebhookDeliveryView> => {
    const [before] = await ctx.tx
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, input.id))
      .for('update');
    if (!before) throw notFound(WEBHOOK_DELIVERY_LABEL, input.id);
    if (before.status !== 'FAILED') throw invalidTransition(messages.webhooks.onlyFailedDeliveryCanRetried);
    const [row] = await ctx.tx
      .update(webhookDeliveries)
      .set({ status: 'PENDING', attempts: 0, queuedAt: null, responseStatus: null, lastError: null })
      .where(eq(webhookDeliveries.id, input.id))
      .returning();
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'webhookDelivery.retry',
      entity: 'webhookDelivery',
      entityId: input.id,
      before: {
        status: before.status,
        attempts: before.attempts,
        responseStatus: before.responseStatus,
        lastError: before.lastError,
      },
    });
    const [event] =
      row!.changeEventId == null
        ? []
        : await ctx.tx
            .select({ kind: changeEvents.kind })
            .from(changeEvents)
            .where(eq(changeEvents.id, row!.changeEventId));
    return deliveryViewOf({ ...row!, kind: event?.kind ?? null });
  },
);
