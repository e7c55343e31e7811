import { issues, taskCoUnits, tasks } from '@rectify/db';
import type { LedgerScope } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Row } from './registry-types.js';

// The SQL twins of the domain's scope predicates (taskVisible, issueVisible): scope-agreement.integration.test.ts
// checks that both give the same records.

const su = alias(tasks, 'su');
const sc = alias(taskCoUnits, 'sc');
const st = alias(tasks, 'st');
const si = alias(issues, 'si');

/** Tasks the scope may see, of a `tasks` row under its alias. */
export function taskScopeSql(scope: LedgerScope, task: Row<typeof tasks>): SQL | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'none':
      return sql`false`;
    case 'unit':
      // The unit's task ids, from the two indexes that hold them (uncorrelated, so evaluated once per
      // statement): an OR with a correlated EXISTS cannot use them and makes PostgreSQL filter every task.
      return sql`${task.id} in (select ${su.id} from ${tasks} ${su} where ${su.leadUnitId} = ${scope.unitId}
        union all select ${sc.taskId} from ${taskCoUnits} ${sc} where ${sc.unitId} = ${scope.unitId})`;
    case 'leader':
      return sql`${task.leaderId} = ${scope.leaderId}`;
  }
}

/** Issues the scope may see, of an `issues` row under its alias: those it leads, and those on the way to a task it may see. */
export function issueScopeSql(scope: LedgerScope, issue: Row<typeof issues>): SQL | null {
  if (scope.kind === 'all') return null;
  if (scope.kind === 'none') return sql`false`;
  const leads =
    scope.kind === 'unit'
      ? sql`${issue.leadUnitId} = ${scope.unitId}`
      : sql`${issue.leadLeaderId} = ${scope.leaderId}`;
  const taskBelow = taskScopeSql(scope, st);
  return sql`(${leads} or exists (select 1 from ${tasks} ${st} join ${issues} ${si} on ${si.id} = ${st.issueId}
    where ${si.inspectionId} = ${issue.inspectionId} and (${si.id} = ${issue.id} or ${si.sortKey} like ${issue.sortKey} || '.%')
    and ${taskBelow}))`;
}
