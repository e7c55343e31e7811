import { notifications } from '@rectify/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import type { ServiceContext } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import { messages } from '../messages/index.js';
import { inboxOwner } from './inbox.js';

const NOTIFICATION_LABEL = messages.notifications.notification;

export interface MarkNotificationsReadInput {
  /** These items; omitted: every unread item of the inbox. */
  ids?: number[] | null;
}

/**
 * Marks items of the caller's own inbox read; returns how many changed. An id that is not in the caller's inbox
 * is not found (another person's inbox is not revealed). Items already read keep their first read time.
 */
export async function markNotificationsRead(
  ctx: ServiceContext,
  input: MarkNotificationsReadInput,
): Promise<number> {
  const userId = inboxOwner(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const mine = eq(notifications.userId, userId);
    const ids = input.ids == null ? null : [...new Set(input.ids)];
    if (ids?.length) {
      const found = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(mine, inArray(notifications.id, ids)));
      const known = new Set(found.map((r) => r.id));
      const missing = ids.find((id) => !known.has(id));
      if (missing != null) throw notFound(NOTIFICATION_LABEL, missing, 'ids');
    }
    if (ids?.length === 0) return 0;
    const changed = await tx
      .update(notifications)
      .set({ readAt: ctx.now() })
      .where(and(mine, isNull(notifications.readAt), ...(ids ? [inArray(notifications.id, ids)] : [])))
      .returning({ id: notifications.id });
    if (changed.length > 0) {
      await recordAudit(tx, ctx.actor, {
        action: 'notification.markRead',
        entity: 'notification',
        entityId: null,
        after: { ids: changed.map((r) => r.id) },
      });
    }
    return changed.length;
  });
}
