import { queryRows, tasks } from '@rectify/db';
import {
  addDays,
  chinaMidnight,
  type IsoDate,
  ledgerScopeOf,
  summariseLedger,
  type TaskCounts,
  type TaskFacts,
  weekStartOf,
} from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { taskScopeSql } from '../read/scope-sql.js';
import { withoutJit } from '../read/without-jit.js';
import { reportMissing } from './reporting.js';
import { getReportingSettings, periodStartOf } from './workflow-settings.js';

/** What the week added to a set of tasks' counts. */
interface WeekCounts extends TaskCounts {
  /** Tasks whose closure the office approved during the week (新增销号). */
  closedThisWeek: number;
  /** Tasks with a progress report made during the week. */
  reportedThisWeek: number;
  /** Tasks with no report in the current reporting period (未按期报送). */
  missingReports: number;
}

export interface RequestCounts {
  closureRequested: number;
  closuresApproved: number;
  closuresRejected: number;
  extensionsRequested: number;
  extensionsApproved: number;
  extensionsRejected: number;
  /** Closure and extension requests now awaiting the leader's endorsement. */
  pendingEndorsement: number;
  /** Closure and extension requests now awaiting the office's approval. */
  pendingApproval: number;
}

export interface WeeklySummary {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  /** As of today: the figures count the ledger as it stands, the week's activity as it happened. */
  today: IsoDate;
  reportingPeriodStart: IsoDate;
  tasks: WeekCounts;
  byUnit: (WeekCounts & { unit: { id: number; name: string } })[];
  byLeader: (WeekCounts & { leader: { id: number; name: string; post: string } })[];
  requests: RequestCounts;
}

interface WeekFacts extends TaskFacts {
  lastReportedAt: string | null;
  reportedInWeek: boolean;
  closedInWeek: boolean;
}

/**
 * 一周一小结: the ledger's figures (closed / total, overdue) with what the week brought — closures approved,
 * reports made, reports missing — per lead unit and per responsible leader, over the tasks the caller may see.
 */
export async function getWeeklySummary(
  ctx: ServiceContext,
  options: { date?: IsoDate | null; inspectionId?: number | null } = {},
): Promise<WeeklySummary> {
  authorize(ctx.actor, 'figures.read');
  const today = todayOf(ctx);
  const weekStart = weekStartOf(options.date ?? today);
  const from = chinaMidnight(weekStart);
  const until = chinaMidnight(addDays(weekStart, 7));
  const weekEnd = addDays(weekStart, 6);
  const inWeek = (column: SQL) =>
    sql`${column} >= ${from.toISOString()} and ${column} < ${until.toISOString()}`;

  // A partner's figures token reads the aggregate of the whole ledger, as for the ledger's figures.
  const scope =
    ctx.actor.role === 'PARTNER' ? null : taskScopeSql(ledgerScopeOf(ctx.actor), alias(tasks, 'r0'));
  const conditions = [
    scope,
    options.inspectionId == null
      ? null
      : sql`exists (select 1 from issues fi where fi.id = r0.issue_id and fi.inspection_id = ${options.inspectionId})`,
  ].filter((c): c is SQL => c != null);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;

  const facts = await withoutJit(ctx.db, (tx) =>
    queryRows<WeekFacts>(
      tx,
      sql`select r0.issue_id as "issueId", r0.lead_unit_id as "leadUnitId", r0.leader_id as "leaderId",
      r0.status, r0.deadline::text as deadline,
      (select p.reported_at from progress_reports p where p.task_id = r0.id
        order by p.reported_at desc nulls last, p.id desc nulls last limit 1) as "lastReportedAt",
      exists (select 1 from progress_reports p where p.task_id = r0.id and ${inWeek(sql`p.reported_at`)})
        as "reportedInWeek",
      exists (select 1 from reviews rv join closure_requests cr on cr.id = rv.closure_request_id
        where cr.task_id = r0.id and rv.step = 'APPROVAL' and rv.decision = 'APPROVE'
        and ${inWeek(sql`rv.decided_at`)}) as "closedInWeek"
      from tasks r0 ${where}`,
    ),
  );
  const { cadence } = await getReportingSettings(ctx.db);
  const periodStart = periodStartOf(cadence, today);
  const summary = summariseLedger(facts, today);
  const weekOf = (group: readonly WeekFacts[], counts: TaskCounts): WeekCounts => ({
    ...counts,
    closedThisWeek: group.filter((t) => t.closedInWeek).length,
    reportedThisWeek: group.filter((t) => t.reportedInWeek).length,
    missingReports: group.filter((t) => reportMissing(t, periodStart)).length,
  });
  const groupBy = (key: (t: WeekFacts) => number | null) => {
    const groups = new Map<number, WeekFacts[]>();
    for (const t of facts) {
      const k = key(t);
      if (k == null) continue;
      const group = groups.get(k);
      if (group) group.push(t);
      else groups.set(k, [t]);
    }
    return groups;
  };
  const names = await queryRows<{ kind: 'unit' | 'leader'; id: number; name: string; post: string | null }>(
    ctx.db,
    sql`select 'unit' as kind, id, name, null as post from units
      union all select 'leader', id, name, post from leaders`,
  );
  const byName = new Map(names.map((n) => [`${n.kind}:${n.id}`, n]));
  const nameOf = (kind: 'unit' | 'leader', id: number) => byName.get(`${kind}:${id}`);
  const byTotal = (a: { total: number }, b: { total: number }) => b.total - a.total;
  const units = groupBy((t) => t.leadUnitId);
  const leaders = groupBy((t) => t.leaderId);

  return {
    weekStart,
    weekEnd,
    today,
    reportingPeriodStart: periodStart,
    tasks: weekOf(facts, summary.tasks),
    byUnit: [...summary.byUnit]
      .map(([id, counts]) => ({
        ...weekOf(units.get(id) ?? [], counts),
        unit: { id, name: nameOf('unit', id)?.name ?? '' },
      }))
      .sort(byTotal),
    byLeader: [...summary.byLeader]
      .map(([id, counts]) => {
        const leader = nameOf('leader', id);
        return {
          ...weekOf(leaders.get(id) ?? [], counts),
          leader: { id, name: leader?.name ?? '', post: leader?.post ?? '' },
        };
      })
      .sort(byTotal),
    requests: await requestCounts(ctx, where, inWeek),
  };
}

async function requestCounts(
  ctx: ServiceContext,
  where: SQL,
  inWeek: (c: SQL) => SQL,
): Promise<RequestCounts> {
  const [row] = await queryRows<Record<keyof RequestCounts, number>>(
    ctx.db,
    sql`with scoped as (select r0.id from tasks r0 ${where}),
      cr as (select c.* from closure_requests c where c.task_id in (select id from scoped)),
      er as (select e.* from extension_requests e where e.task_id in (select id from scoped)),
      rv as (select rv.*, (rv.closure_request_id is not null) as closure from reviews rv
        where rv.closure_request_id in (select id from cr) or rv.extension_request_id in (select id from er))
      select
        (select count(*)::int from cr where ${inWeek(sql`cr.created_at`)}) as "closureRequested",
        (select count(*)::int from rv where closure and step = 'APPROVAL' and decision = 'APPROVE'
          and ${inWeek(sql`rv.decided_at`)}) as "closuresApproved",
        (select count(*)::int from rv where closure and decision = 'REJECT' and ${inWeek(sql`rv.decided_at`)})
          as "closuresRejected",
        (select count(*)::int from er where ${inWeek(sql`er.created_at`)}) as "extensionsRequested",
        (select count(*)::int from rv where not closure and step = 'APPROVAL' and decision = 'APPROVE'
          and ${inWeek(sql`rv.decided_at`)}) as "extensionsApproved",
        (select count(*)::int from rv where not closure and decision = 'REJECT' and ${inWeek(sql`rv.decided_at`)})
          as "extensionsRejected",
        (select count(*)::int from cr where status = 'PENDING_ENDORSEMENT')
          + (select count(*)::int from er where status = 'PENDING_ENDORSEMENT') as "pendingEndorsement",
        (select count(*)::int from cr where status = 'PENDING_APPROVAL')
          + (select count(*)::int from er where status = 'PENDING_APPROVAL') as "pendingApproval"`,
  );
  return row!;
}
