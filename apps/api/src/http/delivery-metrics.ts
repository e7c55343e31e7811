import type { DatabaseHandle } from '@rectify/db';
import { deliveryCounts, webhookDeliveryCounts } from '@rectify/services';
import { Gauge, type Registry } from 'prom-client';

// Outbound deliveries, counted in the database when scraped: every server reports the same totals (the rows
// are shared), so a dashboard takes one server's value (`max`), not the sum. A scrape while the database is
// away reports nothing for them rather than failing the whole scrape.

/** E-mails and robot posts by channel and status. */
export function deliveryGauge(handle: Pick<DatabaseHandle, 'db'>, registry: Registry): void {
  new Gauge({
    name: 'rectify_deliveries',
    help: 'Outbound e-mails and robot posts, by channel and status (database totals, the same on every server)',
    labelNames: ['channel', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await deliveryCounts(handle.db).catch(() => []);
      for (const row of rows) this.set({ channel: row.channel, status: row.status }, row.count);
    },
  });
}

/** Partner webhook deliveries by status (a growing RETRYING or FAILED count is a partner's endpoint down). */
export function webhookDeliveryGauge(handle: Pick<DatabaseHandle, 'db'>, registry: Registry): void {
  new Gauge({
    name: 'rectify_webhook_deliveries',
    help: 'Partner webhook deliveries, by status (database totals, the same on every server)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await webhookDeliveryCounts(handle.db).catch(() => []);
      for (const row of rows) this.set({ status: row.status }, row.count);
    },
  });
}
