import { deliveries } from '@rectify/db';
import type { DeliveryChannel, DeliveryStatus } from '@rectify/domain';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { clampPage, type Page } from '../read/read-model.js';

/** A delivery as the deliveries page shows it (the body stays on the server). */
export interface DeliveryView {
  id: number;
  channel: DeliveryChannel;
  kind: string;
  recipient: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  notBefore: Date;
  createdAt: Date;
  sentAt: Date | null;
}

export interface DeliveryFilter {
  id?: number | undefined;
  status?: DeliveryStatus | undefined;
  channel?: DeliveryChannel | undefined;
}

const columns = {
  id: deliveries.id,
  channel: deliveries.channel,
  kind: deliveries.kind,
  recipient: deliveries.recipient,
  subject: deliveries.subject,
  status: deliveries.status,
  attempts: deliveries.attempts,
  lastError: deliveries.lastError,
  notBefore: deliveries.notBefore,
  createdAt: deliveries.createdAt,
  sentAt: deliveries.sentAt,
};

/** The newest deliveries first, with how many match (ADMIN, `delivery.read`). */
export async function listDeliveries(
  ctx: ServiceContext,
  filter: DeliveryFilter = {},
  page: Page = {},
): Promise<{ nodes: DeliveryView[]; totalCount: number }> {
  authorize(ctx.actor, 'delivery.read');
  const conditions: SQL[] = [
    ...(filter.id != null ? [eq(deliveries.id, filter.id)] : []),
    ...(filter.status ? [eq(deliveries.status, filter.status)] : []),
    ...(filter.channel ? [eq(deliveries.channel, filter.channel)] : []),
  ];
  const where = conditions.length ? and(...conditions) : undefined;
  const { limit, offset } = clampPage(page);
  const nodes = await ctx.db
    .select(columns)
    .from(deliveries)
    .where(where)
    .orderBy(desc(deliveries.id))
    .limit(limit)
    .offset(offset);
  const [total] = await ctx.db.select({ n: count() }).from(deliveries).where(where);
  return { nodes, totalCount: total?.n ?? 0 };
}
