import { type Executor, notifications } from '@rectify/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { NotificationEntity } from './notification-kind.js';

/**
 * Marks read every unread to-do (an item asking its reader to review) about one record, whoever holds it: once
 * someone entitled has acted on the record (decided, or withdrawn it), it is nobody's to-do any more. Called in
 * the action's own transaction, before the action asks anyone new, so that a refused action settles nothing
 * and the next step's to-dos stay unread.
 */
export async function settleToDos(
  tx: Executor,
  now: Date,
  entity: NotificationEntity,
  entityId: number,
): Promise<number> {
  const settled = await tx
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.kind, 'REVIEW_REQUESTED'),
        eq(notifications.entity, entity),
        eq(notifications.entityId, entityId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return settled.length;
}
