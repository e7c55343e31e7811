import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { queryRows } from '../query-rows.js';

/**
 * Every row of every table of the `public` schema as PostgreSQL prints a record (`t::text`: all columns,
 * exact values), sorted: two databases with equal snapshots hold the same data. Deliberately not the backup's
 * own serialisation, so that a test comparing snapshots checks the backup rather than repeating it.
 */
export function snapshotTables(db: Database): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    // Timestamps print in the session's time zone: the same one for both sides of a comparison.
    await tx.execute(sql`set local time zone 'UTC'`);
    const tables = await queryRows<{ name: string }>(
      tx,
      sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const snapshot: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = await queryRows<{ row: string }>(
        tx,
        sql`select t::text as row from ${sql.identifier('public')}.${sql.identifier(name)} t order by 1`,
      );
      snapshot[name] = rows.map((r) => r.row);
    }
    return snapshot;
  });
}
