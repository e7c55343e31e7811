import { apiClients, webhookSubscriptions } from '@rectify/db';
import type { ChangeKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkKinds, checkWebhookUrl, subscriptionOrNotFound } from './webhook-rules.js';
import { subscriptionViewOf, type WebhookSubscriptionView } from './webhook-views.js';

export interface UpdateWebhookSubscriptionInput {
  id: number;
  url?: string;
  kinds?: ChangeKind[];
  /** A paused subscription is sent nothing; changes made meanwhile are not sent later. */
  active?: boolean;
}

export const updateWebhookSubscription = defineUseCase(
  'apiClient.write',
  async (ctx, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscriptionView> => {
    const before = await subscriptionOrNotFound(ctx, input.id);
    const v = new Validator();
    if (input.url != null) await checkWebhookUrl(v, input.url.trim());
    if (input.kinds != null) checkKinds(v, input.kinds);
    v.done();
    const [row] = await ctx.tx
      .update(webhookSubscriptions)
      .set({
        ...(input.url != null ? { url: input.url.trim() } : {}),
        ...(input.kinds != null ? { kinds: [...new Set(input.kinds)] } : {}),
        ...(input.active != null ? { active: input.active } : {}),
      })
      .where(eq(webhookSubscriptions.id, input.id))
      .returning();
    const { secret: _b, ...shownBefore } = before;
    const { secret: _a, ...shown } = row!;
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'webhookSubscription.update',
      entity: 'webhookSubscription',
      entityId: input.id,
      before: shownBefore,
      after: shown,
    });
    const [client] = await ctx.tx
      .select({ name: apiClients.name })
      .from(apiClients)
      .where(eq(apiClients.id, row!.apiClientId));
    return subscriptionViewOf(row!, client!.name);
  },
);
