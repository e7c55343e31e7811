import {
  closureRequests,
  extensionRequests,
  leaders,
  progressReports,
  queryRows,
  reviews,
  tasks,
  units,
} from '@rectify/db';
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
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { taskOfInspectionSql } from '../read/list-tasks.js';
import { rootRow } from '../read/registry-types.js';
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

// The rows the statements below read. The request counts' CTEs cr, er and rv hold rows of these tables under
// these names (rv adds `closure`), so that their columns are read through the same aliases.
const task = rootRow(tasks);
const p = alias(progressReports, 'p');
const rv = alias(reviews, 'rv');
const cr = alias(closureRequests, 'cr');
const er = alias(extensionRequests, 'er');

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
  const inWeek = (column: SQLWrapper) =>
    sql`${column} >= ${from.toISOString()} and ${column} < ${until.toISOString()}`;

  // A partner's figures token reads the aggregate of the whole ledger, as for the ledger's figures.
  const scope = ctx.actor.role === 'PARTNER' ? null : taskScopeSql(ledgerScopeOf(ctx.actor), task);
  const conditions = [
    scope,
    options.inspectionId == null ? null : taskOfInspectionSql(task, options.inspectionId),
  ].filter((c): c is SQL => c != null);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;

  const facts = await withoutJit(ctx.db, (tx) =>
    queryRows<WeekFacts>(
      tx,
      sql`select ${task.issueId} as "issueId", ${task.leadUnitId} as "leadUnitId", ${task.leaderId} as "leaderId",
      ${task.status}, ${task.deadline}::text as deadline,
      (select ${p.reportedAt} from ${progressReports} ${p} where ${p.taskId} = ${task.id}
        order by ${p.reportedAt} desc nulls last, ${p.id} desc nulls last limit 1) as "lastReportedAt",
      exists (select 1 from ${progressReports} ${p} where ${p.taskId} = ${task.id} and ${inWeek(p.reportedAt)})
        as "reportedInWeek",
      exists (select 1 from ${reviews} ${rv} join ${closureRequests} ${cr} on ${cr.id} = ${rv.closureRequestId}
        where ${cr.taskId} = ${task.id} and ${rv.step} = 'APPROVAL' and ${rv.decision} = 'APPROVE'
        and ${inWeek(rv.decidedAt)}) as "closedInWeek"
      from ${tasks} ${task} ${where}`,
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
    sql`select 'unit' as kind, ${units.id}, ${units.name}, null as post from ${units}
      union all select 'leader', ${leaders.id}, ${leaders.name}, ${leaders.post} from ${leaders}`,
  );
  const byName = new Map(names.map((n) => [`${n.kind}:${n.id}`, n]));
  const nameOf = (kind: 'unit' | 'leader', id: number) => byName.get(`${kind}:${id}`);
  const byTotal = (a: { total: number }, b: { total: number }) => b.total - a.total;
  const unitTasks = groupBy((t) => t.leadUnitId);
  const leaderTasks = groupBy((t) => t.leaderId);

  return {
    weekStart,
    weekEnd,
    today,
    reportingPeriodStart: periodStart,
    tasks: weekOf(facts, summary.tasks),
    byUnit: [...summary.byUnit]
      .map(([id, counts]) => ({
        ...weekOf(unitTasks.get(id) ?? [], counts),
        unit: { id, name: nameOf('unit', id)?.name ?? '' },
      }))
      .sort(byTotal),
    byLeader: [...summary.byLeader]
      .map(([id, counts]) => {
        const leader = nameOf('leader', id);
        return {
          ...weekOf(leaderTasks.get(id) ?? [], counts),
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
  inWeek: (c: SQLWrapper) => SQL,
): Promise<RequestCounts> {
  const [row] = await queryRows<Record<keyof RequestCounts, number>>(
    ctx.db,
    sql`with scoped as (select ${task.id} from ${tasks} ${task} ${where}),
      ${cr} as (select * from ${closureRequests} where ${closureRequests.taskId} in (select id from scoped)),
      ${er} as (select * from ${extensionRequests} where ${extensionRequests.taskId} in (select id from scoped)),
      ${rv} as (select *, (${reviews.closureRequestId} is not null) as closure from ${reviews}
        where ${reviews.closureRequestId} in (select ${cr.id} from ${cr})
        or ${reviews.extensionRequestId} in (select ${er.id} from ${er}))
      select
        (select count(*)::int from ${cr} where ${inWeek(cr.createdAt)}) as "closureRequested",
        (select count(*)::int from ${rv} where closure and ${rv.step} = 'APPROVAL' and ${rv.decision} = 'APPROVE'
          and ${inWeek(rv.decidedAt)}) as "closuresApproved",
        (select count(*)::int from ${rv} where closure and ${rv.decision} = 'REJECT' and ${inWeek(rv.decidedAt)})
          as "closuresRejected",
        (select count(*)::int from ${er} where ${inWeek(er.createdAt)}) as "extensionsRequested",
        (select count(*)::int from ${rv} where not closure and ${rv.step} = 'APPROVAL' and ${rv.decision} = 'APPROVE'
          and ${inWeek(rv.decidedAt)}) as "extensionsApproved",
        (select count(*)::int from ${rv} where not closure and ${rv.decision} = 'REJECT' and ${inWeek(rv.decidedAt)})
          as "extensionsRejected",
        (select count(*)::int from ${cr} where ${cr.status} = 'PENDING_ENDORSEMENT')
          + (select count(*)::int from ${er} where ${er.status} = 'PENDING_ENDORSEMENT') as "pendingEndorsement",
        (select count(*)::int from ${cr} where ${cr.status} = 'PENDING_APPROVAL')
          + (select count(*)::int from ${er} where ${er.status} = 'PENDING_APPROVAL') as "pendingApproval"`,
  );
  return row!;
}
