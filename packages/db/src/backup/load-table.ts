import { type SQL, sql } from 'drizzle-orm';
import type { Transaction } from '../client.js';
import { type TablePlan, tableIdentifier } from './table-plan.js';

/** Rows and bytes sent per statement: a large table streams in, never held whole. */
const LOAD_BATCH_ROWS = 1000;
const LOAD_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Loads JSON lines (as `tableLines` writes them) into an empty table, PostgreSQL converting each value back
 * (`json_populate_recordset`), ids included. A tree's self-references are loaded as null and set in a second
 * reading, once every row they may point to is in: `open` is called once, or twice for such a table.
 */
export async function loadTableLines(
  tx: Transaction,
  plan: TablePlan,
  open: () => AsyncIterable<string>,
): Promise<void> {
  const columns = plan.columns.filter((column) => !column.generated).map((column) => column.name);
  const deferred = new Set(plan.selfReferences);
  const values = columns.map((name) =>
    deferred.has(name) ? sql`null` : sql`${sql.identifier('s')}.${sql.identifier(name)}`,
  );
  const table = tableIdentifier(plan);
  for await (const json of batches(open())) {
    await tx.execute(sql`
      insert into ${table} (${list(columns)}) overriding system value
      select ${sql.join(values, sql`, `)} from json_populate_recordset(null::${table}, ${json}::json) s`);
  }
  if (deferred.size === 0) return;
  if (plan.primaryKey.length === 0)
    throw new Error(`table ${plan.name} refers to itself but has no primary key to set the references by`);
  const set = plan.selfReferences.map((name) => sql`${sql.identifier(name)} = s.${sql.identifier(name)}`);
  const match = plan.primaryKey.map((name) => sql`t.${sql.identifier(name)} = s.${sql.identifier(name)}`);
  const present = plan.selfReferences.map((name) => sql`s.${sql.identifier(name)} is not null`);
  for await (const json of batches(open())) {
    await tx.execute(sql`
      update ${table} t set ${sql.join(set, sql`, `)}
      from json_populate_recordset(null::${table}, ${json}::json) s
      where ${sql.join(match, sql` and `)} and (${sql.join(present, sql` or `)})`);
  }
}

const list = (names: string[]): SQL =>
  sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );

/** Groups lines into JSON arrays of bounded size. */
async function* batches(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let batch: string[] = [];
  let bytes = 0;
  for await (const line of lines) {
    batch.push(line);
    bytes += line.length;
    if (batch.length >= LOAD_BATCH_ROWS || bytes >= LOAD_BATCH_BYTES) {
      yield `[${batch.join(',')}]`;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield `[${batch.join(',')}]`;
}
