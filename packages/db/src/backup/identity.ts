import { sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { queryRows } from '../query-rows.js';
import { type TablePlan, tableIdentifier } from './table-plan.js';

/** Where an identity column's sequence stands: its last value, or null when it never gave one. */
export interface IdentityPosition {
  column: string;
  lastValue: string | null;
}

/** The sequence positions of a table's identity columns (bigint as text: no precision is lost). */
export async function readIdentityPositions(db: Executor, plan: TablePlan): Promise<IdentityPosition[]> {
  const positions: IdentityPosition[] = [];
  for (const column of plan.columns) {
    if (!column.sequence) continue;
    const [row] = await queryRows<{ last_value: string | null }>(
      db,
      sql`select pg_sequence_last_value(${column.sequence}::regclass)::text as last_value`,
    );
    positions.push({ column: column.name, lastValue: row?.last_value ?? null });
  }
  return positions;
}

/**
 * Moves each identity sequence past the restored rows and past where it stood when backed up, so that a new
 * record gets a fresh id — never one of a record deleted before the backup, which audit events may still name.
 */
export async function restoreIdentityPositions(
  db: Executor,
  plan: TablePlan,
  positions: IdentityPosition[],
): Promise<void> {
  for (const column of plan.columns) {
    if (!column.sequence) continue;
    const saved = positions.find((p) => p.column === column.name)?.lastValue ?? null;
    await db.execute(sql`
      select case when v > 0 then setval(${column.sequence}::regclass, v, true)
                  else setval(${column.sequence}::regclass, 1, false) end
      from (select greatest(coalesce(${saved}::bigint, 0), coalesce(max(${sql.identifier(column.name)}), 0)) as v
            from ${tableIdentifier(plan)}) x`);
  }
}
