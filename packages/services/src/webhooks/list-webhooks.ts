import { queryRows, type webhookDeliveries } from '@rectify/db';
import type { ChangeKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { encodeChangeCursor } from '../change-feed/change-view.js';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import type { WebhookDeliveryView, WebhookSubscriptionView } from './webhook-views.js';

/** Every subscription (or one API client's), newest first. */
export async function listWebhookSubscriptions(
  ctx: ServiceContext,
  filter: { apiClientId?: number | null } = {},
): Promise<WebhookSubscriptionView[]> {
  authorize(ctx.actor, 'apiClient.read');
  const rows = await queryRows<WebhookSubscriptionView & { createdAt: string }>(
    ctx.db,
    sql`select s.id, s.api_client_id as "apiClientId", c.name as "apiClientName", s.url, s.kinds, s.active,
        s.secret_prefix as "secretPrefix", s.created_at as "createdAt"
      from webhook_subscriptions s join api_clients c on c.id = s.api_client_id
      ${filter.apiClientId != null ? sql`where s.api_client_id = ${filter.apiClientId}` : sql``}
      order by s.id desc`,
  );
  return rows.map((row) => ({ ...row, kinds: parseArray(row.kinds), createdAt: new Date(row.createdAt) }));
}

/** A subscription's deliveries, newest first (or of every subscription). */
export async function listWebhookDeliveries(
  ctx: ServiceContext,
  filter: { subscriptionId?: number | null; first?: number | null } = {},
): Promise<WebhookDeliveryView[]> {
  authorize(ctx.actor, 'apiClient.read');
  const first = Math.min(Math.max(filter.first ?? 100, 1), 500);
  const rows = await queryRows<DeliveryRowWithKind>(
    ctx.db,
    sql`select d.id::int as id, d.subscription_id as "subscriptionId", d.change_event_id::int as "changeEventId",
        d.status, d.attempts, d.response_status as "responseStatus", d.last_error as "lastError",
        d.created_at as "createdAt", d.queued_at as "queuedAt", d.delivered_at as "deliveredAt", e.kind
      from webhook_deliveries d left join change_events e on e.id = d.change_event_id
      ${filter.subscriptionId != null ? sql`where d.subscription_id = ${filter.subscriptionId}` : sql``}
      order by d.id desc limit ${first}`,
  );
  return rows.map(deliveryViewOf);
}

type DeliveryRowWithKind = Omit<
  typeof webhookDeliveries.$inferSelect,
  'createdAt' | 'deliveredAt' | 'queuedAt'
> & {
  createdAt: Date | string;
  deliveredAt: Date | string | null;
  queuedAt: Date | string | null;
  kind: ChangeKind | null;
};

export function deliveryViewOf(row: DeliveryRowWithKind): WebhookDeliveryView {
  return {
    id: Number(row.id),
    subscriptionId: row.subscriptionId,
    kind: row.kind,
    changeCursor: row.changeEventId == null ? null : encodeChangeCursor(Number(row.changeEventId)),
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    createdAt: new Date(row.createdAt),
    deliveredAt: row.deliveredAt == null ? null : new Date(row.deliveredAt),
  };
}

/** PostgreSQL arrays of an enum come back as `{A,B}` text through some drivers. */
function parseArray(value: unknown): ChangeKind[] {
  if (Array.isArray(value)) return value as ChangeKind[];
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean) as ChangeKind[];
  return [];
}
