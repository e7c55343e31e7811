import { type Executor, webhookDeliveries } from '@rectify/db';
import type { WebhookDeliveryStatus } from '@rectify/domain';
import { count } from 'drizzle-orm';

/** How many webhook deliveries stand in each status (for the metrics; no partner's content). */
export async function webhookDeliveryCounts(
  db: Executor,
): Promise<{ status: WebhookDeliveryStatus; count: number }[]> {
  return db
    .select({ status: webhookDeliveries.status, count: count() })
    .from(webhookDeliveries)
    .groupBy(webhookDeliveries.status);
}
