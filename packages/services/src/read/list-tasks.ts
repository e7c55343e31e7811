import {
  OPEN_TASK_STATUSES,
  type TaskStatus,
  type TaskTerm,
  type WarningLevel,
  type WarningSettings,
} from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { todayOf } from '../kernel/context.js';
import { defineList } from './define-list.js';
import { col, eqFilter, inFilter, rangeFilter, searchFilter } from './filters.js';

export interface TaskFilter {
  ids?: number[] | null;
  inspectionId?: number | null;
  /** Tasks of this issue and of every issue below it. */
  issueId?: number | null;
  leadUnitId?: number | null;
  /** Tasks this unit leads or co-operates on. */
  unitId?: number | null;
  leaderId?: number | null;
  status?: TaskStatus[] | null;
  term?: TaskTerm[] | null;
  warning?: WarningLevel[] | null;
  deadlineFrom?: string | null;
  deadlineTo?: string | null;
  overdue?: boolean | null;
  search?: string | null;
}

export const TASK_ORDER_FIELDS = {
  // The issue's place in the ledger through a join (see orderJoins), so that PostgreSQL can walk the issues'
  // order index and each issue's tasks by position instead of sorting every task.
  CODE: ['oi.inspection_id', 'oi.sort_key', 'r0.position'],
  DEADLINE: ['r0.deadline'],
  STATUS: ['r0.status'],
  UPDATED_AT: ['r0.updated_at'],
  CREATED_AT: ['r0.created_at'],
} as const;

/** Tasks; the warning filter needs the office's lead times, passed as `warnings`. */
export const listTasks = defineList({
  entity: 'Task',
  orderFields: TASK_ORDER_FIELDS,
  orderJoins: { CODE: 'join issues oi on oi.id = r0.issue_id' },
  defaultOrder: 'CODE',
  where: (f: TaskFilter, ctx, { warnings }: { warnings: WarningSettings }) => {
    const today = todayOf(ctx);
    return [
      inFilter('id', f.ids),
      f.inspectionId == null
        ? null
        : sql`exists (select 1 from issues fi where fi.id = r0.issue_id and fi.inspection_id = ${f.inspectionId})`,
      f.issueId == null
        ? null
        : sql`r0.issue_id in (select d.id from issues d, issues p where p.id = ${f.issueId}
          and d.inspection_id = p.inspection_id and (d.id = p.id or d.sort_key like p.sort_key || '.%'))`,
      eqFilter('lead_unit_id', f.leadUnitId),
      f.unitId == null
        ? null
        : sql`(r0.lead_unit_id = ${f.unitId} or exists (select 1 from task_co_units fc where fc.task_id = r0.id and fc.unit_id = ${f.unitId}))`,
      eqFilter('leader_id', f.leaderId),
      inFilter('status', f.status),
      inFilter('term', f.term),
      ...rangeFilter('deadline', f.deadlineFrom, f.deadlineTo),
      f.overdue == null ? null : f.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`,
      f.warning == null ? null : warningSql(f.warning, today, warnings.yellowDays),
      searchFilter(['measure', 'ordinal'], f.search),
    ];
  },
});

const openSql = () => inFilter('status', OPEN_TASK_STATUSES) as SQL;

const overdueSql = (today: string) => sql`(${openSql()} and ${col('deadline')} < ${today})`;

/** The SQL twin of the domain's warningLevelOf: a test checks they agree on every row. */
function warningSql(levels: WarningLevel[], today: string, yellowDays: number): SQL {
  const d = col('deadline');
  const yellowFrom = sql`(${today}::date + ${yellowDays}::int)`;
  const byLevel: Record<WarningLevel, SQL> = {
    RED: sql`(${openSql()} and ${d} < ${today})`,
    YELLOW: sql`(${openSql()} and ${d} >= ${today} and ${d} <= ${yellowFrom})`,
    GREEN: sql`(${openSql()} and ${d} > ${yellowFrom})`,
    NONE: sql`(not ${openSql()} or ${d} is null)`,
  };
  if (levels.length === 0) return sql`false`;
  return sql`(${sql.join(
    levels.map((l) => byLevel[l]),
    sql` or `,
  )})`;
}
