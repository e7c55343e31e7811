import { apiClients, webhookSubscriptions } from '@rectify/db';
import type { ChangeKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { API_CLIENT_LABEL } from '../auth/auth-labels.js';
import { newSecretToken } from '../auth/secret-tokens.js';
import { encryptSecret } from '../deliveries/secret-box.js';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkKinds, checkWebhookUrl } from './webhook-rules.js';
import { SECRET_PREFIX_LENGTH, subscriptionViewOf, type WebhookSubscriptionView } from './webhook-views.js';

const WEBHOOK_SECRET_PREFIX = 'whsec_';

export interface CreateWebhookSubscriptionInput {
  apiClientId: number;
  url: string;
  /** Empty: every kind the client's scopes allow. */
  kinds?: ChangeKind[];
}

/**
 * A partner's endpoint for its API client. The signing secret is returned here once, never again, and stored
 * sealed (secret-box), so a copy of the database alone cannot forge deliveries.
 */
export const createWebhookSubscription = defineUseCase(
  'apiClient.write',
  async (
    ctx,
    input: CreateWebhookSubscriptionInput,
  ): Promise<{ subscription: WebhookSubscriptionView; secret: string }> => {
    const kinds = Array.isArray(input.kinds) ? input.kinds : [];
    const v = new Validator();
    await checkWebhookUrl(v, input.url?.trim() ?? '');
    checkKinds(v, kinds);
    v.done();
    const [client] = await ctx.tx.select().from(apiClients).where(eq(apiClients.id, input.apiClientId));
    if (!client || client.revokedAt != null)
      throw notFound(API_CLIENT_LABEL, input.apiClientId, 'apiClientId');
    const secret = newSecretToken(WEBHOOK_SECRET_PREFIX);
    const [row] = await ctx.tx
      .insert(webhookSubscriptions)
      .values({
        apiClientId: client.id,
        url: input.url.trim(),
        kinds: [...new Set(kinds)],
        secret: encryptSecret(secret),
        secretPrefix: secret.slice(0, SECRET_PREFIX_LENGTH),
        createdById: ctx.actor.userId,
        createdAt: ctx.now(),
      })
      .returning();
    const { secret: _secret, ...shown } = row!;
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'webhookSubscription.create',
      entity: 'webhookSubscription',
      entityId: row!.id,
      after: shown,
    });
    return { subscription: subscriptionViewOf(row!, client.name), secret };
  },
);
