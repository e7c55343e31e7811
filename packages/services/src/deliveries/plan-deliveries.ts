import {
  type Database,
  deliveries,
  type Executor,
  groupRobots,
  noticePreferences,
  queryRows,
  users,
} from '@rectify/db';
import type { Role } from '@rectify/domain';
import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { NotificationDraft, Recipients } from '../notifications/notify.js';
import { isConfidential, outboundMessage } from './outbound-message.js';
import { getOutboundSettings } from './outbound-settings.js';
import { sendableAt } from './quiet-hours.js';
import { queueDeliveryJob } from './tx-job.js';

/**
 * The outbound side of a notice, in the notifying transaction: an e-mail now (after the quiet hours) or a
 * place in tomorrow's digest for each reader who asked for it, and one post per group robot of the units and
 * leaders named. Each is a `deliveries` row with a key of its own, so nothing is planned twice.
 */
export async function planDeliveries(
  tx: Executor,
  now: Date,
  recipients: readonly Recipients[],
  draft: NotificationDraft,
  told: readonly { id: number; userId: number }[],
): Promise<void> {
  if (told.length === 0) return;
  const readers = await tx
    .select({
      userId: users.id,
      role: users.role,
      email: noticePreferences.email,
      modes: noticePreferences.modes,
    })
    .from(noticePreferences)
    .innerJoin(users, eq(users.id, noticePreferences.userId))
    .where(
      inArray(
        noticePreferences.userId,
        told.map((t) => t.userId),
      ),
    );
  const unitIds = recipients.flatMap((r) => ('unitId' in r && r.unitId != null ? [r.unitId] : []));
  const leaderIds = recipients.flatMap((r) => ('leaderId' in r && r.leaderId != null ? [r.leaderId] : []));
  const routes = [
    ...(unitIds.length ? [inArray(groupRobots.unitId, unitIds)] : []),
    ...(leaderIds.length ? [inArray(groupRobots.leaderId, leaderIds)] : []),
  ];
  // A group is never told of clue work, not even that there is some.
  const robots =
    routes.length && !isConfidential(draft, null)
      ? await tx
          .select()
          .from(groupRobots)
          .where(and(eq(groupRobots.active, true), or(...routes)))
      : [];
  const wanted = readers.filter((r) => r.email && (r.modes[draft.kind] ?? 'CONSOLE') !== 'CONSOLE');
  if (wanted.length === 0 && robots.length === 0) return;

  const settings = await getOutboundSettings(tx);
  const notBefore = sendableAt(now, settings.quietHours);
  const notificationOf = new Map(told.map((t) => [t.userId, t.id]));
  const planned: (typeof deliveries.$inferInsert)[] = [];
  if (settings.smtp) {
    for (const reader of wanted) {
      const notificationId = notificationOf.get(reader.userId) ?? null;
      const digest = reader.modes[draft.kind] === 'DIGEST';
      planned.push({
        idempotencyKey: `notification:${notificationId}:email`,
        channel: 'EMAIL',
        kind: draft.kind,
        notificationId,
        userId: reader.userId,
        recipient: reader.email ?? '',
        ...outboundMessage(draft, reader.role as Role, settings.consoleUrl),
        status: digest ? 'IN_DIGEST' : 'QUEUED',
        notBefore,
        createdAt: now,
      });
    }
  }
  const first = Math.min(...told.map((t) => t.id));
  for (const robot of robots) {
    planned.push({
      idempotencyKey: `robot:${robot.id}:notification:${first}`,
      channel: robot.channel,
      kind: draft.kind,
      notificationId: first,
      robotId: robot.id,
      recipient: robot.name,
      ...outboundMessage(draft, null, settings.consoleUrl),
      status: 'QUEUED',
      notBefore,
      createdAt: now,
    });
  }
  if (planned.length === 0) return;
  const rows = await tx
    .insert(deliveries)
    .values(planned)
    .onConflictDoNothing({ target: deliveries.idempotencyKey })
    .returning({ id: deliveries.id, status: deliveries.status });
  // Until a job queue has started once on this database (pg-boss's schema), rows wait without a job:
  // the first queue to start gives them theirs (queueWaitingDeliveries).
  if (!(await jobQueueInstalled(tx))) return;
  for (const row of rows) {
    if (row.status !== 'QUEUED') continue;
    const jobId = await queueDeliveryJob(tx, row.id, notBefore);
    await tx.update(deliveries).set({ jobId }).where(eq(deliveries.id, row.id));
  }
}

async function jobQueueInstalled(tx: Executor): Promise<boolean> {
  const [row] = await queryRows<{ installed: boolean }>(
    tx,
    sql`select to_regclass('pgboss.job') is not null as installed`,
  );
  return row?.installed === true;
}

/** Gives every queued delivery that has no job yet its job (run when a queue starts). */
export async function queueWaitingDeliveries(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const waiting = await tx
      .select({ id: deliveries.id, notBefore: deliveries.notBefore })
      .from(deliveries)
      .where(and(eq(deliveries.status, 'QUEUED'), isNull(deliveries.jobId)))
      .for('update', { skipLocked: true });
    for (const row of waiting) {
      const jobId = await queueDeliveryJob(tx, row.id, row.notBefore);
      await tx.update(deliveries).set({ jobId }).where(eq(deliveries.id, row.id));
    }
    return waiting.length;
  });
}

/** Whether anyone chose e-mail for any kind (the daily digest skips planning otherwise). */
export async function anyoneWantsEmail(tx: Executor): Promise<boolean> {
  const [row] = await tx
    .select({ userId: noticePreferences.userId })
    .from(noticePreferences)
    .where(isNotNull(noticePreferences.email))
    .limit(1);
  return row != null;
}
