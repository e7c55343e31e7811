import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './client.js';
import { queryRows } from './query-rows.js';
import * as schema from './schema/index.js';

// Notifications kept their message as JSON text; the migration that makes it a jsonb Label must leave every
// notice already in an inbox readable in both languages, as the old reader showed it.

const MIGRATION = 'notification_message_jsonb';
const dir = mkdtempSync(path.join(tmpdir(), 'rectify-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder that stops just before the notification message migration. */
function migrationsBefore(): string {
  const folder = path.join(dir, 'before');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag.endsWith(MIGRATION));
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return folder;
}

describe('the migration of notification messages to a jsonb Label', () => {
  it('keeps the notices already stored readable in both languages', async () => {
    const client = new PGlite();
    const db = drizzle(client, { schema });
    try {
      await migrate(db, { migrationsFolder: migrationsBefore() });
      const [user] = await queryRows<{ id: number }>(
        db,
        sql`insert into users (username, display_name, password_hash, role)
            values ('office', '整改办', 'x', 'OFFICE') returning id`,
      );
      const stored = [
        JSON.stringify({ zh: '任务即将到期', en: 'A task is due soon' }),
        JSON.stringify({ zh: '只有中文' }),
        '不是 JSON 的旧消息',
        '{"zh": 1',
        '"a JSON string"',
      ];
      for (const message of stored) {
        await db.execute(sql`insert into notifications (user_id, kind, entity, entity_id, message)
                             values (${user!.id}, 'DEADLINE_NEAR', 'task', 1, ${message})`);
      }

      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });

      const rows = await db.select().from(schema.notifications).orderBy(schema.notifications.id);
      expect(rows.map((row) => row.message)).toEqual([
        { zh: '任务即将到期', en: 'A task is due soon' },
        { zh: '只有中文', en: '只有中文' },
        { zh: '不是 JSON 的旧消息', en: '不是 JSON 的旧消息' },
        { zh: '{"zh": 1', en: '{"zh": 1' },
        { zh: '"a JSON string"', en: '"a JSON string"' },
      ]);
      // The conversion's helper does not outlive the migration.
      const helpers = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from pg_proc where proname = 'notification_message_label'`,
      );
      expect(helpers[0]?.n).toBe(0);
    } finally {
      await client.close();
    }
  });
});
