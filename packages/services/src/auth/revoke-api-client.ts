import { apiClients } from '@rectify/db';
import type { ApiClient } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { API_CLIENT_LABEL } from './auth-labels.js';

/** Stops a partner token at once. Revoking twice keeps the first time. */
export const revokeApiClient = defineUseCase(
  'apiClient.write',
  async (ctx, input: { id: number }): Promise<ApiClient> => {
    const [before] = await ctx.tx.select().from(apiClients).where(eq(apiClients.id, input.id));
    if (!before) throw notFound(API_CLIENT_LABEL, input.id);
    const [row] = await ctx.tx
      .update(apiClients)
      .set({ revokedAt: before.revokedAt ?? ctx.now() })
      .where(eq(apiClients.id, input.id))
      .returning();
    const { tokenHash: _a, ...after } = row!;
    const { tokenHash: _b, ...was } = before;
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'apiClient.revoke',
      entity: 'apiClient',
      entityId: input.id,
      before: was,
      after,
    });
    return after;
  },
);
