import { sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { queryRows } from '../query-rows.js';
import { type TablePlan, tableIdentifier } from './table-plan.js';

const tableList = (plans: TablePlan[]) => sql.join(plans.map(tableIdentifier), sql`, `);

/** The tables that hold at least one row. */
export async function nonEmptyTables(db: Executor, plans: TablePlan[]): Promise<string[]> {
  const names: string[] = [];
  for (const plan of plans) {
    const [row] = await queryRows<{ found: boolean }>(
      db,
      sql`select exists (select 1 from ${tableIdentifier(plan)}) as found`,
    );
    if (row?.found) names.push(plan.name);
  }
  return names;
}

/** Keeps every other session out of the tables until the transaction ends (a restore replaces them whole). */
export async function lockTables(db: Executor, plans: TablePlan[]): Promise<void> {
  if (plans.length > 0) await db.execute(sql`lock table ${tableList(plans)} in access exclusive mode`);
}

/** Empties the tables in one statement, so that references among them are no obstacle. */
export async function truncateTables(db: Executor, plans: TablePlan[]): Promise<void> {
  if (plans.length > 0) await db.execute(sql`truncate table ${tableList(plans)}`);
}
