import { type Executor, notifications, users } from '@rectify/db';
import type { Actor, Label, NotificationKind, Role } from '@rectify/domain';
import { and, eq, or, type SQL } from 'drizzle-orm';
import { planDeliveries } from '../deliveries/plan-deliveries.js';
import { type NotificationEntity, storedMessage } from './notification-kind.js';

/** Who is told: active users of a role, optionally only those bound to one unit or leader. */
export type Recipients =
  | { unitId: number | null }
  | { leaderId: number | null }
  | { role: Extract<Role, 'OFFICE' | 'SUPERVISOR' | 'DISCIPLINE'> }
  | { userId: number | null };

/** The active users the recipients name, in one statement. */
async function userIdsOf(tx: Executor, recipients: readonly Recipients[]): Promise<number[]> {
  const named = recipients.flatMap((r): SQL[] => {
    if ('unitId' in r && r.unitId != null) return [and(eq(users.role, 'UNIT'), eq(users.unitId, r.unitId))!];
    if ('leaderId' in r && r.leaderId != null)
      return [and(eq(users.role, 'LEADER'), eq(users.leaderId, r.leaderId))!];
    if ('role' in r) return [eq(users.role, r.role)];
    if ('userId' in r && r.userId != null) return [eq(users.id, r.userId)];
    return [];
  });
  if (named.length === 0) return [];
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), or(...named)))
    .orderBy(users.id);
  return rows.map((row) => row.id);
}

export interface NotificationDraft {
  kind: NotificationKind;
  entity: NotificationEntity;
  entityId: number;
  message: Label;
}

/**
 * Puts an item in the inbox of everyone the recipients name, in the caller's transaction (a refused action
 * notifies no one). The actor is not told of their own action. What is to go out by e-mail or to a group
 * robot is planned in the same transaction (`planDeliveries`).
 */
export async function notify(
  tx: Executor,
  actor: Actor,
  now: Date,
  recipients: readonly Recipients[],
  draft: NotificationDraft,
): Promise<number[]> {
  const userIds = (await userIdsOf(tx, recipients)).filter((id) => id !== actor.userId);
  if (userIds.length === 0) return [];
  const told = await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        userId,
        kind: draft.kind,
        entity: draft.entity,
        entityId: draft.entityId,
        message: storedMessage(draft.message),
        createdAt: now,
      })),
    )
    .returning({ id: notifications.id, userId: notifications.userId });
  await planDeliveries(tx, now, recipients, draft, told);
  return userIds;
}
