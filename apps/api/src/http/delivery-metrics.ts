import type { DatabaseHandle } from '@rectify/db';
import { deliveryCounts } from '@rectify/services';
import { Gauge, type Registry } from 'prom-client';

/**
 * Outbound deliveries by channel and status, counted in the database when scraped: every server reports the
 * same totals (the rows are shared), so a dashboard takes one server's value (`max`), not the sum.
 */
export function deliveryGauge(handle: Pick<DatabaseHandle, 'db'>, registry: Registry): void {
  new Gauge({
    name: 'rectify_deliveries',
    help: 'Outbound e-mails and robot posts, by channel and status (database totals, the same on every server)',
    labelNames: ['channel', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      // A scrape while the database is away reports nothing rather than failing the whole scrape.
      const rows = await deliveryCounts(handle.db).catch(() => []);
      for (const row of rows) this.set({ channel: row.channel, status: row.status }, row.count);
    },
  });
}
