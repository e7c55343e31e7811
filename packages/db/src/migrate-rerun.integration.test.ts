import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { queryRows } from './query-rows.js';
import { units } from './schema/index.js';

describe('a PGlite data folder', () => {
  it('is created when missing, keeps its data, and re-applies migrations safely on every open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rectify-db-'));
    const dataDir = path.join(dir, 'nested', 'pglite');
    try {
      const first = await openDatabase({ dataDir });
      await first.db.insert(units).values({ name: '禅城区', kind: 'DISTRICT' });
      await first.close();
      const second = await openDatabase({ dataDir });
      const rows = await second.db.select().from(units);
      expect(rows.map((r) => r.name)).toEqual(['禅城区']);
      const applied = await queryRows<{ n: number }>(
        second.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(applied[0]?.n).toBeGreaterThanOrEqual(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
