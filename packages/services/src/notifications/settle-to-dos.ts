import { type Executor, notifications } from '@rectify/db';
import type { NotificationKind } from '@rectify/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { NotificationEntity } from './notification-kind.js';

/**
 * Marks read every unread to-do about one record, whoever holds it: once someone entitled has acted on the
 * record (decided, withdrawn, responded to it), it is nobody's to-do any more. A to-do is an item asking its
 * reader to review, unless the record's turns are told by other kinds (a finding's). Called in
 * the action's own transaction, before the action asks anyone new, so that a refused action settles nothing
 * and the next step's to-dos stay unread.
 */
export async function settleToDos(
  tx: Executor,
  now: Date,
  entity: NotificationEntity,
  entityId: number,
  kinds: readonly NotificationKind[] = ['REVIEW_REQUESTED'],
): Promise<number> {
  const settled = await tx
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        inArray(notifications.kind, [...kinds]),
        eq(notifications.entity, entity),
        eq(notifications.entityId, entityId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return settled.length;
}
