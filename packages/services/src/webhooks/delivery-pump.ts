import { type Database, queryRows } from '@rectify/db';
import { sql } from 'drizzle-orm';
import type { JobQueue } from '../jobs/job-queue.js';

/** A delivery queued this long ago and never attempted lost its job (a process stopped in between). */
const LOST_AFTER = '10 minutes';

/**
 * Hands new webhook deliveries to the job queue: each pass claims the deliveries no job carries yet (row
 * locks skip what another server is claiming, so each is queued by one server) and sends a job for each.
 * Answers how many were queued.
 */
async function queueWebhookDeliveries(db: Database, jobs: JobQueue, limit = 100): Promise<number> {
  const claimed = await queryRows<{ id: number }>(
    db,
    sql`update webhook_deliveries set queued_at = now()
      where id in (select id from webhook_deliveries
        where queued_at is null
          or (status = 'PENDING' and attempts = 0 and queued_at < now() - ${LOST_AFTER}::interval)
        order by id limit ${limit} for update skip locked)
      returning id::int as id`,
  );
  for (const { id } of claimed) await jobs.send('WEBHOOK_DELIVERY', { deliveryId: id });
  return claimed.length;
}

export interface DeliveryPump {
  stop(): Promise<void>;
}

/** Runs `queueWebhookDeliveries` every `intervalMs` until stopped; a failed pass is reported and retried. */
export function startDeliveryPump(
  db: Database,
  jobs: JobQueue,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): DeliveryPump {
  const intervalMs = options.intervalMs ?? 500;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      try {
        // Drain: a full batch means more may be waiting.
        while (!stopped && (await queueWebhookDeliveries(db, jobs)) === 100) {}
      } catch (error) {
        options.onError?.(error);
      }
      if (!stopped) timer = setTimeout(tick, intervalMs);
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
