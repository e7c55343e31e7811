import { type Database, leaders, queryRows, tasks, units } from '@rectify/db';
import {
  dueHorizon,
  emptyTally,
  type LedgerCounts,
  type LedgerScope,
  type LedgerSummary,
  type StatusTally,
  summariseCounts,
  TaskStatus,
  WEEKS_AHEAD,
} from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import type { FiguresCache } from './figures-cache.js';
import { taskOfInspectionSql } from './list-tasks.js';
import { readContextOf } from './read-model.js';
import { rootRow } from './registry-types.js';
import { taskScopeSql } from './scope-sql.js';

export interface LedgerFigures extends LedgerSummary {
  unitNames: Map<number, string>;
  leaders: Map<number, { name: string; post: string }>;
}

/**
 * The ledger's figures over the tasks the caller may see (a unit sees its own): PostgreSQL counts the tasks
 * the way the domain's countLedger does (a few rows per unit and leader, not a row per task), the domain's
 * summariseCounts turns the counts into figures. ledger-figures-agreement.test.ts (apps/bench) checks both
 * counts agree on a generated ledger. With a server's `cache`, the figures are counted once per scope,
 * inspection and day until a change to the ledger (figures-cache.ts).
 */
export async function getLedgerFigures(
  ctx: ServiceContext,
  filter: { inspectionId?: number | null },
  cache?: FiguresCache | null,
): Promise<LedgerFigures> {
  authorize(ctx.actor, 'figures.read');
  const today = todayOf(ctx);
  const scope = figuresScopeOf(ctx);
  const read = () => readLedgerFigures(ctx.db, scope, filter, today);
  // Everything the answer depends on: the scope taskScopeSql applies, the inspection, the day.
  return cache ? cache.get(JSON.stringify([scope, filter.inspectionId ?? null, today]), read) : read();
}

async function readLedgerFigures(
  db: Database,
  scope: LedgerScope,
  filter: { inspectionId?: number | null },
  today: string,
): Promise<LedgerFigures> {
  const summary = summariseCounts(await countInScope(db, scope, filter, today), today, WEEKS_AHEAD);
  // The names of the units and leaders counted only: a unit's answer holds a few, not the whole list.
  const names = await queryRows<{ kind: 'unit' | 'leader'; id: number; name: string; post: string | null }>(
    db,
    sql`select 'unit' as kind, ${units.id}, ${units.name}, null as post from ${units}
        where ${units.id} = any(${sql.param([...summary.byUnit.keys()])}::int[])
      union all select 'leader', ${leaders.id}, ${leaders.name}, ${leaders.post} from ${leaders}
        where ${leaders.id} = any(${sql.param([...summary.byLeader.keys()])}::int[])`,
  );
  return {
    ...summary,
    unitNames: new Map(names.filter((n) => n.kind === 'unit').map((n) => [n.id, n.name])),
    leaders: new Map(
      names.filter((n) => n.kind === 'leader').map((n) => [n.id, { name: n.name, post: n.post ?? '' }]),
    ),
  };
}

type CountRow = {
  grouping: number;
  leadUnitId: number | null;
  leaderId: number | null;
  due: string | null;
} & Record<string, number>;

// grouping(lead_unit_id, leader_id, due): a bit set for each column the row is not grouped by.
const BY_UNIT = 0b011;
const BY_LEADER = 0b101;
const BY_DUE_DATE = 0b110;
const ALL = 0b111;

const task = rootRow(tasks);

/**
 * The caller's tasks counted as LedgerCounts: one statement for the tasks (by unit, by leader, by due date and
 * in all, each by status and deadline passed), one for their issues. Rows in key order, so ties keep one order.
 */
export function countLedgerInSql(
  ctx: ServiceContext,
  filter: { inspectionId?: number | null },
  today: string,
): Promise<LedgerCounts> {
  return countInScope(ctx.db, figuresScopeOf(ctx), filter, today);
}

// The columns read here and by the names are those migration 0016's triggers watch (figures-cache.ts): a
// new one read needs its trigger too.
async function countInScope(
  db: Database,
  scope: LedgerScope,
  filter: { inspectionId?: number | null },
  today: string,
): Promise<LedgerCounts> {
  const where = scopedWhere(scope, filter);
  const horizon = dueHorizon(today, WEEKS_AHEAD);
  const perStatus = TaskStatus.values.flatMap((s) => [
    sql`count(*) filter (where t.status = ${s})::int as ${sql.identifier(s)}`,
    sql`count(*) filter (where t.status = ${s} and t.deadline < ${today}::date)::int as ${sql.identifier(`past ${s}`)}`,
  ]);
  const rows = await queryRows<CountRow>(
    db,
    sql`select grouping(t.lead_unit_id, t.leader_id, t.due)::int as grouping, t.lead_unit_id as "leadUnitId",
      t.leader_id as "leaderId", t.due, ${sql.join(perStatus, sql`, `)}
      from (select ${task.leadUnitId}, ${task.leaderId}, ${task.status}, ${task.deadline},
          case when ${task.deadline} >= ${horizon.from}::date and ${task.deadline} < ${horizon.until}::date
            then ${task.deadline}::text end as due
        from ${tasks} ${task} ${where}) t
      group by grouping sets ((t.lead_unit_id), (t.leader_id), (t.due), ())
      order by 1, 2, 3, 4`,
  );
  // Each issue's distinct task statuses as a bit mask (bit i: TaskStatus.values[i]), issues counted by mask.
  const bit = sql.join(
    TaskStatus.values.map((s, i) => sql`when ${s} then ${sql.raw(String(1 << i))}`),
    sql` `,
  );
  const issues = await queryRows<{ mask: number; count: number }>(
    db,
    sql`select i.mask, count(*)::int as count
      from (select bit_or(case ${task.status}::text ${bit} end) as mask from ${tasks} ${task} ${where}
        group by ${task.issueId}) i
      group by i.mask order by i.mask`,
  );
  const counts: LedgerCounts = {
    tasks: emptyTally(),
    byUnit: new Map(),
    byLeader: new Map(),
    byDueDate: new Map(),
    issues: issues.map((i) => ({
      statuses: TaskStatus.values.filter((_, bit) => i.mask & (1 << bit)),
      count: i.count,
    })),
  };
  for (const row of rows) {
    if (row.grouping === ALL) counts.tasks = tallyOf(row);
    else if (row.grouping === BY_UNIT && row.leadUnitId != null)
      counts.byUnit.set(row.leadUnitId, tallyOf(row));
    else if (row.grouping === BY_LEADER && row.leaderId != null)
      counts.byLeader.set(row.leaderId, tallyOf(row));
    else if (row.grouping === BY_DUE_DATE && row.due != null) counts.byDueDate.set(row.due, tallyOf(row));
  }
  return counts;
}

function tallyOf(row: CountRow): StatusTally {
  const tally = emptyTally();
  for (const s of TaskStatus.values) {
    tally.all[s] = row[s]!;
    tally.pastDeadline[s] = row[`past ${s}`]!;
  }
  return tally;
}

/** Whose tasks the figures count: a partner's figures token reads the published aggregate of the whole ledger. */
const figuresScopeOf = (ctx: ServiceContext): LedgerScope =>
  ctx.actor.role === 'PARTNER' ? { kind: 'all' } : readContextOf(ctx).scope;

/** The scope and the inspection asked for, over `task`. */
function scopedWhere(scope: LedgerScope, filter: { inspectionId?: number | null }): SQL {
  const conditions = [
    taskScopeSql(scope, task),
    filter.inspectionId == null ? null : taskOfInspectionSql(task, filter.inspectionId),
  ].filter((c) => c != null);
  return conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
}
