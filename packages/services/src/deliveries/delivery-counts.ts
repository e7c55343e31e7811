import { deliveries, type Executor } from '@rectify/db';
import type { DeliveryChannel, DeliveryStatus } from '@rectify/domain';
import { count } from 'drizzle-orm';

/** How many deliveries stand in each channel and status (for the metrics; no one's content). */
export async function deliveryCounts(
  db: Executor,
): Promise<{ channel: DeliveryChannel; status: DeliveryStatus; count: number }[]> {
  return db
    .select({ channel: deliveries.channel, status: deliveries.status, count: count() })
    .from(deliveries)
    .groupBy(deliveries.channel, deliveries.status);
}
