import { readMigrationFiles } from 'drizzle-orm/migrator';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type Executor } from './client.js';
import { queryRows } from './query-rows.js';

let latest: number | undefined;

/**
 * Whether every committed migration has been applied: drizzle records each applied migration with its
 * folder's timestamp and applies those newer than the last one recorded, so the last recorded must be the
 * newest committed. One round trip, so it also tells that the database answers (the API's /ready).
 */
export async function migrationsApplied(db: Executor): Promise<boolean> {
  latest ??= Math.max(
    ...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.folderMillis),
  );
  try {
    const rows = await queryRows<{ last: string | null }>(
      db,
      sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`,
    );
    return Number(rows[0]?.last ?? 0) >= latest;
  } catch (error) {
    // A database never migrated has no such table (42P01) or schema (3F000).
    if (sqlState(error) === '42P01' || sqlState(error) === '3F000') return false;
    throw error;
  }
}

const sqlState = (error: unknown): unknown =>
  (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
