import {
  OPEN_TASK_STATUSES,
  type TaskStatus,
  type TaskTerm,
  type WarningLevel,
  type WarningSettings,
} from '@rectify/domain';
import { issues, taskCoUnits, tasks } from '@rectify/db';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { todayOf } from '../kernel/context.js';
import { defineList } from './define-list.js';
import { eqFilter, inFilter, rangeFilter, searchFilter } from './filters.js';
import type { Row } from './registry-types.js';

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

const oi = alias(issues, 'oi');
const fi = alias(issues, 'fi');
const fc = alias(taskCoUnits, 'fc');

export const TASK_ORDER_FIELDS = {
  // The issue's place in the ledger through a join (see orderJoins), so that PostgreSQL can walk the issues'
  // order index and each issue's tasks by position instead of sorting every task.
  CODE: [oi.inspectionId, oi.sortKey, tasks.position],
  DEADLINE: [tasks.deadline],
  STATUS: [tasks.status],
  UPDATED_AT: [tasks.updatedAt],
  CREATED_AT: [tasks.createdAt],
} as const;

/** The tasks of an inspection's issues, of a `tasks` row under its alias. */
export const taskOfInspectionSql = (task: Row<typeof tasks>, inspectionId: number): SQL =>
  sql`exists (select 1 from ${issues} ${fi} where ${fi.id} = ${task.issueId} and ${fi.inspectionId} = ${inspectionId})`;

/** Tasks; the warning filter needs the office's lead times, passed as `warnings`. */
export const listTasks = defineList({
  entity: 'Task',
  table: tasks,
  orderFields: TASK_ORDER_FIELDS,
  orderJoins: { CODE: (t) => sql`join ${issues} ${oi} on ${oi.id} = ${t.issueId}` },
  defaultOrder: 'CODE',
  where: (f: TaskFilter, t, ctx, { warnings }: { warnings: WarningSettings }) => {
    const today = todayOf(ctx);
    return [
      inFilter(t.id, f.ids),
      f.inspectionId == null ? null : taskOfInspectionSql(t, f.inspectionId),
      f.issueId == null ? null : issueSubtreeSql(t, f.issueId),
      eqFilter(t.leadUnitId, f.leadUnitId),
      f.unitId == null
        ? null
        : sql`(${t.leadUnitId} = ${f.unitId} or exists (select 1 from ${taskCoUnits} ${fc} where ${fc.taskId} = ${t.id} and ${fc.unitId} = ${f.unitId}))`,
      eqFilter(t.leaderId, f.leaderId),
      inFilter(t.status, f.status),
      inFilter(t.term, f.term),
      ...rangeFilter(t.deadline, f.deadlineFrom, f.deadlineTo),
      f.overdue == null ? null : f.overdue ? overdueSql(t, today) : sql`not ${overdueSql(t, today)}`,
      f.warning == null ? null : warningSql(t, f.warning, today, warnings.yellowDays),
      searchFilter([t.measure, t.ordinal], f.search),
    ];
  },
});

const below = alias(issues, 'd');
const top = alias(issues, 'p');

/** Tasks of the issue and of every issue below it. */
const issueSubtreeSql = (t: Row<typeof tasks>, issueId: number): SQL =>
  sql`${t.issueId} in (select ${below.id} from ${issues} ${below}, ${issues} ${top} where ${top.id} = ${issueId}
    and ${below.inspectionId} = ${top.inspectionId} and (${below.id} = ${top.id} or ${below.sortKey} like ${top.sortKey} || '.%'))`;

const openSql = (t: Row<typeof tasks>) => inFilter(t.status, OPEN_TASK_STATUSES) as SQL;

const overdueSql = (t: Row<typeof tasks>, today: string) => sql`(${openSql(t)} and ${t.deadline} < ${today})`;

/** The SQL twin of the domain's warningLevelOf: a test checks they agree on every row. */
function warningSql(t: Row<typeof tasks>, levels: WarningLevel[], today: string, yellowDays: number): SQL {
  const d = t.deadline;
  const yellowFrom = sql`(${today}::date + ${yellowDays}::int)`;
  const byLevel: Record<WarningLevel, SQL> = {
    RED: sql`(${openSql(t)} and ${d} < ${today})`,
    YELLOW: sql`(${openSql(t)} and ${d} >= ${today} and ${d} <= ${yellowFrom})`,
    GREEN: sql`(${openSql(t)} and ${d} > ${yellowFrom})`,
    NONE: sql`(not ${openSql(t)} or ${d} is null)`,
  };
  if (levels.length === 0) return sql`false`;
  return sql`(${sql.join(
    levels.map((l) => byLevel[l]),
    sql` or `,
  )})`;
}
