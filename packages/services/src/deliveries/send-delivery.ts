import { type Database, deliveries, groupRobots } from '@rectify/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { sendMail } from './mail-transport.js';
import { getOutboundSettings } from './outbound-settings.js';
import { postToRobot, robotRequest } from './robot-post.js';
import { decryptSecret } from './secret-box.js';

export interface DeliveryJobData {
  deliveryId: number;
}

/**
 * The DELIVERY job: sends one delivery row once. The row is claimed by a conditional update (only a QUEUED or
 * RETRYING row is sent, so a sent or cancelled one never goes again, whichever server takes the job); a failed
 * attempt records its error and throws, and pg-boss tries again with backoff until `retryLimit`.
 */
export async function runDelivery(
  db: Database,
  data: Partial<DeliveryJobData>,
  retryLimit: number,
  now: () => Date = () => new Date(),
): Promise<{ status: string }> {
  const deliveryId = Number(data.deliveryId);
  const [row] = await db
    .update(deliveries)
    .set({ attempts: sql`${deliveries.attempts} + 1` })
    .where(and(eq(deliveries.id, deliveryId), inArray(deliveries.status, ['QUEUED', 'RETRYING'])))
    .returning();
  if (!row) {
    const [current] = await db
      .select({ status: deliveries.status })
      .from(deliveries)
      .where(eq(deliveries.id, deliveryId));
    return { status: current?.status ?? 'MISSING' };
  }
  try {
    if (row.channel === 'EMAIL') {
      const settings = await getOutboundSettings(db);
      if (!settings.smtp) throw new Error('no mail server is configured');
      await sendMail(settings.smtp, {
        to: row.recipient,
        subject: row.subject,
        text: row.body,
        messageId: `<delivery-${row.id}@rectify.invalid>`,
      });
    } else {
      const [robot] = await db
        .select()
        .from(groupRobots)
        .where(eq(groupRobots.id, row.robotId ?? -1));
      if (!robot?.active) throw new Error('the group robot was removed or deactivated');
      const secret = robot.secretEncrypted ? decryptSecret(robot.secretEncrypted) : null;
      await postToRobot(
        robotRequest(
          robot.channel,
          decryptSecret(robot.urlEncrypted),
          secret,
          `${row.subject}\n${row.body}`,
          now(),
        ),
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Only a row still to be sent takes the outcome: one cancelled while this attempt was under way stays
    // cancelled (and is not retried), with the attempt's error kept for ADMIN.
    const [failed] = await db
      .update(deliveries)
      .set({
        status: sql`case when ${deliveries.status} in ('QUEUED', 'RETRYING')
          then ${row.attempts > retryLimit ? 'FAILED' : 'RETRYING'}::delivery_status else ${deliveries.status} end`,
        lastError: message.slice(0, 1000),
      })
      .where(eq(deliveries.id, row.id))
      .returning({ status: deliveries.status });
    if (failed?.status === 'CANCELLED') return { status: 'CANCELLED' };
    throw error;
  }
  await db
    .update(deliveries)
    .set({ status: 'SENT', sentAt: now(), lastError: null })
    .where(eq(deliveries.id, row.id));
  return { status: 'SENT' };
}
