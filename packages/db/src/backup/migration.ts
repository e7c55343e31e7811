import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Executor, MIGRATIONS_FOLDER } from '../client.js';
import { queryRows } from '../query-rows.js';

/** The last migration applied to a database: its tag (`0002_user_tokens_valid_from`) and drizzle's hash. */
export interface AppliedMigration {
  tag: string;
  hash: string;
}

/** Read from drizzle's own ledger of applied migrations, named by the journal of the migrations folder. */
export async function appliedMigration(db: Executor): Promise<AppliedMigration | null> {
  const [row] = await queryRows<{ hash: string; created_at: string }>(
    db,
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations
        order by created_at desc, id desc limit 1`,
  );
  if (!row) return null;
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const entry = journal.entries.find((e) => String(e.when) === row.created_at);
  return { tag: entry?.tag ?? `unknown migration of ${row.created_at}`, hash: row.hash };
}
