import { queryRows, tasks } from '@rectify/db';
import { type LedgerSummary, summariseLedger, type TaskFacts } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { readContextOf } from './read-model.js';
import { taskScopeSql } from './scope-sql.js';

export interface LedgerFigures extends LedgerSummary {
  unitNames: Map<number, string>;
  leaders: Map<number, { name: string; post: string }>;
}

/**
 * The ledger's figures over the tasks the caller may see (a unit sees its own), computed by the domain from
 * the facts of each task: one statement for the facts, one for the names.
 */
export async function getLedgerFigures(
  ctx: ServiceContext,
  filter: { inspectionId?: number | null },
): Promise<LedgerFigures> {
  authorize(ctx.actor, 'figures.read');
  // A partner's figures token reads the published aggregate of the whole ledger, never its rows.
  const scope =
    ctx.actor.role === 'PARTNER' ? null : taskScopeSql(readContextOf(ctx).scope, alias(tasks, 'r0'));
  const conditions = [
    scope,
    filter.inspectionId == null
      ? null
      : sql`exists (select 1 from issues fi where fi.id = r0.issue_id and fi.inspection_id = ${filter.inspectionId})`,
  ].filter((c) => c != null);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const facts = await queryRows<TaskFacts>(
    ctx.db,
    sql`select r0.issue_id as "issueId", r0.lead_unit_id as "leadUnitId", r0.leader_id as "leaderId",
      r0.status, r0.deadline::text as deadline from tasks r0 ${where}`,
  );
  const summary = summariseLedger(facts, todayOf(ctx));
  const names = await queryRows<{ kind: 'unit' | 'leader'; id: number; name: string; post: string | null }>(
    ctx.db,
    sql`select 'unit' as kind, id, name, null as post from units
      union all select 'leader', id, name, post from leaders`,
  );
  return {
    ...summary,
    unitNames: new Map(names.filter((n) => n.kind === 'unit').map((n) => [n.id, n.name])),
    leaders: new Map(
      names.filter((n) => n.kind === 'leader').map((n) => [n.id, { name: n.name, post: n.post ?? '' }]),
    ),
  };
}
