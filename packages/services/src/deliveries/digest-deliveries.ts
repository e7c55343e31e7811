import { type Database, deliveries } from '@rectify/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { digestMessage } from './outbound-message.js';
import { getOutboundSettings } from './outbound-settings.js';
import { sendableAt } from './quiet-hours.js';
import { queueDeliveryJob } from './tx-job.js';

/**
 * Gathers the notices each reader chose to receive in the daily digest into one e-mail per reader and day
 * (`digest:<user>:<China date>`: the day's second run adds nothing; what arrives later waits for tomorrow's).
 * Runs in the DAILY_DIGEST job, after its reminders were made.
 */
export async function sendDigestDeliveries(db: Database, now: Date): Promise<{ digests: number }> {
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const held = await db
    .selectDistinct({ userId: deliveries.userId })
    .from(deliveries)
    .where(eq(deliveries.status, 'IN_DIGEST'));
  let digests = 0;
  for (const { userId } of held) {
    if (userId == null) continue;
    digests += await db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(deliveries)
        .where(and(eq(deliveries.userId, userId), eq(deliveries.status, 'IN_DIGEST')))
        .orderBy(asc(deliveries.id))
        .for('update', { skipLocked: true });
      const last = rows.at(-1);
      if (!last) return 0;
      const settings = await getOutboundSettings(tx);
      const notBefore = sendableAt(now, settings.quietHours);
      const [digest] = await tx
        .insert(deliveries)
        .values({
          idempotencyKey: `digest:${userId}:${day}`,
          channel: 'EMAIL',
          kind: 'DIGEST',
          userId,
          recipient: last.recipient,
          ...digestMessage(
            rows.map((r) => r.body),
            settings.consoleUrl,
          ),
          status: 'QUEUED',
          notBefore,
          createdAt: now,
        })
        .onConflictDoNothing({ target: deliveries.idempotencyKey })
        .returning({ id: deliveries.id });
      if (!digest) return 0;
      await tx
        .update(deliveries)
        .set({ status: 'DIGESTED', digestId: digest.id })
        .where(
          inArray(
            deliveries.id,
            rows.map((r) => r.id),
          ),
        );
      const jobId = await queueDeliveryJob(tx, digest.id, notBefore);
      await tx.update(deliveries).set({ jobId }).where(eq(deliveries.id, digest.id));
      return 1;
    });
  }
  return { digests };
}
