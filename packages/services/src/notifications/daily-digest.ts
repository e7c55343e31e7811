import { type Database, type Executor, notifications, queryRows } from '@rectify/db';
import type { NotificationKind } from '@rectify/domain';
import {
  addDays,
  chinaDateOf,
  daysUntil,
  type IsoDate,
  type Label,
  OPEN_TASK_STATUSES,
  systemActor,
  type TaskStatus,
  type WarningSettings,
  weekStartOf,
} from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { anyoneWantsEmail, planDeliveries } from '../deliveries/plan-deliveries.js';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { messages } from '../messages/index.js';
import { getWarningSettings } from '../settings/warning-settings.js';
import { reportMissing } from '../workflow/reporting.js';
import { captionOf } from '../workflow/workflow-rules.js';
import { getReportingSettings, periodStartOf } from '../workflow/workflow-settings.js';
import { type NotificationEntity, storedMessage } from './notification-kind.js';

export interface DigestSummary {
  date: IsoDate;
  /** Reminders created by this run (a second run on the same day creates none). */
  created: { deadlineNear: number; overdue: number; findingsOverdue: number };
  /** People who received at least one of them. */
  recipients: number;
  openTasks: number;
  overdueTasks: number;
  /** Open tasks due within the yellow lead time. */
  dueSoon: number;
  missingReports: number;
  pendingEndorsement: number;
  pendingApproval: number;
  findingsAwaitingResponse: number;
  findingsOverdue: number;
}

/** Serialises digests run at once (two schedulers): the second finds the day's reminders made. */
const LOCK_KEY = 7_243_005;
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

interface OpenTask {
  id: number;
  code: string;
  ordinal: string;
  measure: string;
  leadUnitId: number | null;
  leaderId: number | null;
  deadline: IsoDate;
}

interface Draft {
  userId: number;
  kind: NotificationKind;
  entity: NotificationEntity;
  entityId: number;
  message: Label;
}

/**
 * 每日提醒: creates the reminders that are due today, in the inboxes of the lead unit's and the responsible
 * leader's users — DEADLINE_NEAR once at each lead time the office configured (e.g. 20 and 10 days before),
 * OVERDUE once a week while a task stays open past its deadline, and once a week for findings past their
 * response date. Only open items are reminded of, so reminders stop once a task is closed (or ongoing) or a
 * finding answered. A reminder is due at most once per stage, so the digest is idempotent: run it twice on one
 * day and the second run creates nothing. Returns the day's figures for the printed summary.
 */
export async function runDailyDigest(db: Database, options: { now?: Date } = {}): Promise<DigestSummary> {
  const now = options.now ?? new Date();
  const today = todayOf({ now: () => now });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    const warnings = await getWarningSettings(tx);
    const drafts = [...(await taskReminders(tx, today, warnings)), ...(await findingReminders(tx, today))];
    const told: { id: number; userId: number }[] = [];
    for (let i = 0; i < drafts.length; i += 500) {
      const rows = await tx
        .insert(notifications)
        .values(
          drafts.slice(i, i + 500).map((d) => ({
            userId: d.userId,
            kind: d.kind,
            entity: d.entity,
            entityId: d.entityId,
            message: storedMessage(d.message),
            createdAt: now,
          })),
        )
        .returning({ id: notifications.id, userId: notifications.userId });
      told.push(...rows);
    }
    // Reminders go out by e-mail to those who asked (rows come back in insertion order).
    if (await anyoneWantsEmail(tx)) {
      for (const [i, draft] of drafts.entries()) {
        const row = told[i];
        if (row) await planDeliveries(tx, now, [], draft, [row]);
      }
    }
    const created = {
      deadlineNear: drafts.filter((d) => d.kind === 'DEADLINE_NEAR').length,
      overdue: drafts.filter((d) => d.kind === 'OVERDUE' && d.entity === 'task').length,
      findingsOverdue: drafts.filter((d) => d.kind === 'OVERDUE' && d.entity === 'finding').length,
    };
    const summary: DigestSummary = {
      date: today,
      created,
      recipients: new Set(drafts.map((d) => d.userId)).size,
      ...(await figures(tx, today, warnings)),
    };
    await recordAudit(tx, systemActor('OFFICE'), {
      action: 'notification.digest',
      entity: 'notification',
      entityId: today,
      after: summary,
    });
    return summary;
  });
}

/** Active users of role UNIT (by unit) and LEADER (by leader). */
async function recipientsByBinding(tx: Executor) {
  const rows = await queryRows<{ id: number; role: string; unitId: number | null; leaderId: number | null }>(
    tx,
    sql`select id, role, unit_id as "unitId", leader_id as "leaderId" from users
      where active and role in ('UNIT', 'LEADER')`,
  );
  const byUnit = new Map<number, number[]>();
  const byLeader = new Map<number, number[]>();
  for (const u of rows) {
    if (u.role === 'UNIT' && u.unitId != null) byUnit.set(u.unitId, [...(byUnit.get(u.unitId) ?? []), u.id]);
    if (u.role === 'LEADER' && u.leaderId != null)
      byLeader.set(u.leaderId, [...(byLeader.get(u.leaderId) ?? []), u.id]);
  }
  return { byUnit, byLeader };
}

/** The day (CST) of the newest reminder of each kind each user had about each record of an entity. */
async function lastReminders(tx: Executor, entity: NotificationEntity): Promise<Map<string, IsoDate>> {
  const rows = await queryRows<{ userId: number; kind: string; entityId: number; last: Date | string }>(
    tx,
    sql`select user_id as "userId", kind, entity_id as "entityId", max(created_at) as last from notifications
      where entity = ${entity} and kind in ('DEADLINE_NEAR', 'OVERDUE') group by user_id, kind, entity_id`,
  );
  return new Map(rows.map((r) => [`${r.userId}:${r.kind}:${r.entityId}`, chinaDateOf(r.last)]));
}

async function taskReminders(tx: Executor, today: IsoDate, warnings: WarningSettings): Promise<Draft[]> {
  const open = sql.join(
    OPEN_TASK_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const tasks = await queryRows<OpenTask>(
    tx,
    sql`select t.id, i.code, t.ordinal, t.measure, t.lead_unit_id as "leadUnitId", t.leader_id as "leaderId",
      t.deadline::text as deadline from tasks t join issues i on i.id = t.issue_id
      where t.status in (${open}) and t.deadline is not null order by t.id`,
  );
  const { byUnit, byLeader } = await recipientsByBinding(tx);
  const last = await lastReminders(tx, 'task');
  const leadTimes = [...warnings.reminderDays].sort((a, b) => a - b);
  const week = weekStartOf(today);
  const drafts: Draft[] = [];
  for (const task of tasks) {
    const days = daysUntil(task.deadline, today);
    let kind: NotificationKind;
    let stageStart: IsoDate;
    let message: Label;
    const caption = captionOf(task);
    if (days < 0) {
      kind = 'OVERDUE';
      stageStart = later(addDays(task.deadline, 1), week);
      message = messages.notifications.daysPastDeadlineFinishRequest({
        caption,
        days: -days,
        deadline: task.deadline,
      });
    } else {
      const leadTime = leadTimes.find((d) => days <= d);
      if (leadTime == null) continue;
      kind = 'DEADLINE_NEAR';
      stageStart = addDays(task.deadline, -leadTime);
      message = messages.notifications.dueDays({
        caption,
        days,
        deadline: task.deadline,
      });
    }
    const userIds = new Set([
      ...(task.leadUnitId == null ? [] : (byUnit.get(task.leadUnitId) ?? [])),
      ...(task.leaderId == null ? [] : (byLeader.get(task.leaderId) ?? [])),
    ]);
    for (const userId of userIds) {
      const sent = last.get(`${userId}:${kind}:${task.id}`);
      if (sent != null && sent >= stageStart) continue;
      drafts.push({ userId, kind, entity: 'task', entityId: task.id, message });
    }
  }
  return drafts;
}

async function findingReminders(tx: Executor, today: IsoDate): Promise<Draft[]> {
  const rows = await queryRows<{ id: number; responseDue: IsoDate; unitId: number; visitDate: IsoDate }>(
    tx,
    sql`select f.id, f.response_due::text as "responseDue", v.unit_id as "unitId", v.visit_date::text as "visitDate"
      from findings f join supervision_visits v on v.id = f.visit_id
      where f.status = 'OPEN' and f.response_due < ${today} order by f.id`,
  );
  if (rows.length === 0) return [];
  const { byUnit } = await recipientsByBinding(tx);
  const last = await lastReminders(tx, 'finding');
  const week = weekStartOf(today);
  const drafts: Draft[] = [];
  for (const finding of rows) {
    const stageStart = later(addDays(finding.responseDue, 1), week);
    for (const userId of byUnit.get(finding.unitId) ?? []) {
      const sent = last.get(`${userId}:OVERDUE:${finding.id}`);
      if (sent != null && sent >= stageStart) continue;
      drafts.push({
        userId,
        kind: 'OVERDUE',
        entity: 'finding',
        entityId: finding.id,
        message: messages.notifications.findingVisitPastResponseDate({
          visitDate: finding.visitDate,
          responseDue: finding.responseDue,
        }),
      });
    }
  }
  return drafts;
}

async function figures(tx: Executor, today: IsoDate, warnings: WarningSettings) {
  const open = sql.join(
    OPEN_TASK_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const yellowTo = addDays(today, warnings.yellowDays);
  const [row] = await queryRows<{
    openTasks: number;
    overdueTasks: number;
    dueSoon: number;
    pendingEndorsement: number;
    pendingApproval: number;
    findingsAwaitingResponse: number;
    findingsOverdue: number;
  }>(
    tx,
    sql`select
      (select count(*)::int from tasks where status in (${open})) as "openTasks",
      (select count(*)::int from tasks where status in (${open}) and deadline < ${today}) as "overdueTasks",
      (select count(*)::int from tasks where status in (${open}) and deadline >= ${today} and deadline <= ${yellowTo})
        as "dueSoon",
      (select count(*)::int from closure_requests where status = 'PENDING_ENDORSEMENT')
        + (select count(*)::int from extension_requests where status = 'PENDING_ENDORSEMENT') as "pendingEndorsement",
      (select count(*)::int from closure_requests where status = 'PENDING_APPROVAL')
        + (select count(*)::int from extension_requests where status = 'PENDING_APPROVAL') as "pendingApproval",
      (select count(*)::int from findings where status = 'OPEN') as "findingsAwaitingResponse",
      (select count(*)::int from findings where status = 'OPEN' and response_due < ${today}) as "findingsOverdue"`,
  );
  const { cadence } = await getReportingSettings(tx);
  const periodStart = periodStartOf(cadence, today);
  const reporting = await queryRows<{ status: TaskStatus; lastReportedAt: Date | string | null }>(
    tx,
    sql`select t.status, (select max(p.reported_at) from progress_reports p where p.task_id = t.id) as "lastReportedAt"
      from tasks t`,
  );
  const missingReports = reporting.filter((t) => reportMissing(t, periodStart)).length;
  return { ...row!, missingReports };
}
