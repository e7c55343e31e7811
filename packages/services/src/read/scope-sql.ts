import type { LedgerScope } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';

// The SQL twins of the domain's scope predicates (taskVisible, issueVisible): the integration tests check
// that both give the same answer.

/** Tasks the scope may see; `t` is the alias of a `tasks` row. */
export function taskScopeSql(scope: LedgerScope, t: string): SQL | null {
  const a = sql.raw(t);
  switch (scope.kind) {
    case 'all':
      return null;
    case 'none':
      return sql`false`;
    case 'unit':
      // The unit's task ids, from the two indexes that hold them (uncorrelated, so evaluated once per
      // statement): an OR with a correlated EXISTS cannot use them and makes PostgreSQL filter every task.
      return sql`${a}.id in (select su.id from tasks su where su.lead_unit_id = ${scope.unitId}
        union all select sc.task_id from task_co_units sc where sc.unit_id = ${scope.unitId})`;
    case 'leader':
      return sql`${a}.leader_id = ${scope.leaderId}`;
  }
}

/** Issues the scope may see: those it leads, and those on the way to a task it may see. */
export function issueScopeSql(scope: LedgerScope, i: string): SQL | null {
  const a = sql.raw(i);
  if (scope.kind === 'all') return null;
  if (scope.kind === 'none') return sql`false`;
  const leads =
    scope.kind === 'unit'
      ? sql`${a}.lead_unit_id = ${scope.unitId}`
      : sql`${a}.lead_leader_id = ${scope.leaderId}`;
  const taskBelow = taskScopeSql(scope, 'st');
  return sql`(${leads} or exists (select 1 from tasks st join issues si on si.id = st.issue_id
    where si.inspection_id = ${a}.inspection_id and (si.id = ${a}.id or si.sort_key like ${a}.sort_key || '.%')
    and ${taskBelow}))`;
}
