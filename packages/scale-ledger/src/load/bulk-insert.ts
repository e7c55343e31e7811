import type { Executor } from '@rectify/db';
import { type SQL, sql } from 'drizzle-orm';

/** A column to fill: integers travel as int[], everything else as text[] cast to the column's type. */
export interface BulkColumn<R> {
  name: string;
  /** A column type; enum types are named like `task_status`. */
  type: 'int' | 'text' | 'date' | 'timestamptz' | `${string}_${string}`;
  value: (row: R) => string | number | null;
}

/**
 * Benchmark data, not application writes: many rows per INSERT, one array parameter per column
 * (`insert … select … from unnest($1::int[], $2::text[], …)`), so a chunk of thousands of rows is one
 * statement with a handful of parameters, on PostgreSQL and PGlite alike.
 */
export async function bulkInsert<R>(
  db: Executor,
  table: string,
  columns: BulkColumn<R>[],
  rows: readonly R[],
  chunkSize = 10_000,
): Promise<void> {
  const names = sql.raw(columns.map((c) => c.name).join(', '));
  const casts = sql.raw(
    columns.map((c) => (c.type === 'int' ? `u.${c.name}` : `u.${c.name}::${c.type}`)).join(', '),
  );
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const arrays: SQL[] = columns.map(
      (c) => sql`${sql.param(chunk.map(c.value))}::${sql.raw(c.type === 'int' ? 'int[]' : 'text[]')}`,
    );
    await db.execute(
      sql`insert into ${sql.raw(table)} (${names}) select ${casts} from unnest(${sql.join(arrays, sql`, `)}) as u(${names})`,
    );
  }
}
