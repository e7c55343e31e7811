import { notifications } from '@rectify/db';
import type { Actor, NotificationKind } from '@rectify/domain';
import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../kernel/context.js';
import { unauthenticated } from '../kernel/errors.js';
import { clampPage, type Page } from '../read/read-model.js';
import { messageIn, type NotificationEntity } from './notification-kind.js';

export interface InboxItem {
  id: number;
  kind: NotificationKind;
  entity: NotificationEntity;
  entityId: number;
  /** In the reader's language. */
  message: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface Inbox {
  nodes: InboxItem[];
  totalCount: number;
  unreadCount: number;
}

/** The inbox belongs to a signed-in person: a partner token or the system has none. */
export function inboxOwner(actor: Actor): number {
  if (actor.userId == null) throw unauthenticated();
  return actor.userId;
}

/** The caller's own notifications, newest first; every user has an inbox, whatever their role. */
export async function listNotifications(
  ctx: ServiceContext,
  args: { unreadOnly?: boolean | null; kind?: NotificationKind[] | null; page: Page },
): Promise<Inbox> {
  const userId = inboxOwner(ctx.actor);
  const { limit, offset } = clampPage(args.page);
  const mine = eq(notifications.userId, userId);
  const conditions: SQL[] = [mine];
  if (args.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (args.kind)
    conditions.push(args.kind.length ? inArray(notifications.kind, args.kind) : eq(notifications.id, -1));
  const where = and(...conditions);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset);
  const [total] = await ctx.db.select({ n: count() }).from(notifications).where(where);
  const [unread] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return {
    nodes: rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      entity: r.entity as NotificationEntity,
      entityId: r.entityId,
      message: messageIn(r.message, ctx.locale),
      createdAt: r.createdAt,
      readAt: r.readAt,
    })),
    totalCount: total?.n ?? 0,
    unreadCount: unread?.n ?? 0,
  };
}
