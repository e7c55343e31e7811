import type { Executor } from '@rectify/db';
import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { jobDefinitions } from '../jobs/job-definitions.js';
import { wakeWorkersAtCommit } from '../jobs/job-wake.js';

/**
 * pg-boss's statements run on the caller's transaction: `$1…$n` become drizzle parameters, so a delivery's row
 * and its job commit together or not at all (a refused action queues nothing; a committed one always has a job).
 */
function onTransaction(tx: Executor) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`,
      );
      const result = (await tx.execute(sql.join(chunks))) as unknown as { rows: Record<string, unknown>[] };
      return { rows: result.rows };
    },
  };
}

// Only `send` with a `db` of the call's own is used: this instance never connects or starts.
const sender = new PgBoss({ db: { executeSql: () => Promise.reject(new Error('not connected')) } });

/**
 * Queues the DELIVERY job of one delivery row, not before `startAfter`, in the caller's transaction; when it is
 * due, every server's DELIVERY workers are woken at the commit.
 */
export async function queueDeliveryJob(tx: Executor, deliveryId: number, startAfter: Date): Promise<string> {
  const { retry, expireInSeconds } = jobDefinitions.DELIVERY;
  const id = await sender.send(
    'DELIVERY',
    { deliveryId },
    {
      ...retry,
      expireInSeconds,
      startAfter,
      // Belt and braces beside the row's unique key: one live job per delivery.
      singletonKey: `delivery:${deliveryId}`,
      db: onTransaction(tx),
    },
  );
  if (id == null) throw new Error(`the job of delivery ${deliveryId} was not queued`);
  // Due now: the workers take it once it commits. One held for the quiet hours waits for their polling.
  if (startAfter.getTime() <= Date.now()) await wakeWorkersAtCommit(tx, 'DELIVERY');
  return id;
}
