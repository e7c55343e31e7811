import { eq, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.js';
import { queryRows } from '../query-rows.js';
import * as schema from '../schema/index.js';
import { apiClients, auditEvents, issues, settings, units } from '../schema/index.js';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeTask,
  makeUnit,
  snapshotTables,
  type TestDatabase,
} from '../testing/index.js';
import { type IdentityPosition, readIdentityPositions, restoreIdentityPositions } from './identity.js';
import { loadTableLines } from './load-table.js';
import { appliedMigration } from './migration.js';
import { dependencyOrder, readTablePlans, type TablePlan } from './table-plan.js';
import { tableDigest, tableLines } from './table-rows.js';
import { nonEmptyTables, truncateTables } from './table-state.js';

// Dumping and loading tables on their own (the archive around them is the services' backup).
let source: TestDatabase;
let target: TestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

/** The tables of `public`: the file store's own schema travels in a backup as files, not as rows. */
const drizzleTables: PgTable[] = Object.values(schema).flatMap((value) =>
  is(value, PgTable) && getTableConfig(value).schema === undefined ? [value] : [],
);

/** A little of everything the dump must keep: trees whose child has the smaller id, text keys, jsonb, arrays. */
async function fill(db: Database): Promise<void> {
  const child = await makeUnit(db, { name: '南海区住建局' });
  const parent = await makeUnit(db, { name: '南海区' });
  await db.update(units).set({ parentId: parent.id }).where(eq(units.id, child.id));
  const deleted = await makeUnit(db, { name: '已删除的单位' });
  await db.delete(units).where(eq(units.id, deleted.id));
  const inspection = await makeInspection(db);
  const root = await makeIssue(db, { inspectionId: inspection.id, code: '一、' });
  const leaf = await makeIssue(db, { inspectionId: inspection.id, code: '（一）', parentId: root.id });
  await makeTask(db, {
    issueId: leaf.id,
    leadUnitId: child.id,
    coUnitIds: [parent.id],
    deadline: '2018-12-31',
  });
  await db.insert(settings).values([
    { key: 'warning', value: { daysBefore: 7, nested: { list: [1, '二', null] } } },
    { key: 'Zeta', value: '"引号" and \\ backslash\nnewline' },
  ]);
  await db.insert(apiClients).values({
    name: '统计局',
    department: '市统计局',
    scopes: ['LEDGER_READ', 'FIGURES_READ'],
    tokenHash: 'a'.repeat(64),
    tokenPrefix: 'rfy_abcd',
    expiresAt: new Date('2019-01-01T00:00:00Z'),
  });
  await db.execute(sql`insert into audit_events (action, entity, entity_id, before, after, at)
    values ('unit.delete', 'unit', ${String(deleted.id)}, ${JSON.stringify({ name: '已删除的单位' })}::jsonb, null,
            '2018-07-24 09:00:00.123456+08')`);
}

async function dump(db: Database, plans: TablePlan[]) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const dumped = new Map<string, { lines: string[]; identity: IdentityPosition[] }>();
    for (const plan of plans) {
      const lines: string[] = [];
      // Two rows per fetch: every table with more than two rows takes several round trips.
      for await (const line of tableLines(tx, plan, 2)) lines.push(line);
      dumped.set(plan.name, { lines, identity: await readIdentityPositions(tx, plan) });
    }
    return dumped;
  });
}

async function* each(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

describe(`dumping and loading tables (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('plans every table of the schema, each after the tables it refers to', async () => {
    const plans = await readTablePlans(source.db);
    expect(plans.map((p) => p.name).sort()).toEqual(drizzleTables.map((t) => getTableConfig(t).name).sort());
    const position = new Map(plans.map((plan, i) => [plan.name, i]));
    for (const table of drizzleTables) {
      const config = getTableConfig(table);
      for (const fk of config.foreignKeys) {
        const referenced = getTableConfig(fk.reference().foreignTable).name;
        if (referenced !== config.name)
          expect(position.get(referenced)).toBeLessThan(position.get(config.name)!);
      }
    }
    const byName = new Map(plans.map((plan) => [plan.name, plan]));
    expect(byName.get('units')!.selfReferences).toEqual(['parent_id']);
    expect(byName.get('issues')!.selfReferences).toEqual(['parent_id']);
    expect(byName.get('clue_cases')!.selfReferences).toEqual(['duplicate_of_id']);
    expect(byName.get('task_co_units')!.primaryKey).toEqual(['task_id', 'unit_id']);
    expect(byName.get('units')!.columns.find((c) => c.name === 'id')!.sequence).toMatch(/units_id_seq/);
    expect(byName.get('settings')!.columns.find((c) => c.name === 'key')).toMatchObject({ collatable: true });
  });

  it('refuses tables that refer to each other in a cycle', () => {
    const table = (name: string, references: string[]): TablePlan => ({
      name,
      columns: [],
      primaryKey: [],
      selfReferences: [],
      references,
    });
    expect(dependencyOrder([table('b', ['a']), table('a', [])]).map((p) => p.name)).toEqual(['a', 'b']);
    expect(() => dependencyOrder([table('a', ['b']), table('b', ['a']), table('c', [])])).toThrow(
      /cycle.*a, b/,
    );
  });

  it('names the last migration applied', async () => {
    expect(await appliedMigration(source.db)).toMatchObject({
      tag: expect.stringMatching(/^\d{4}_\w+$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('loads a dump into an empty database: every row and column the same, ids continuing past the deleted', async () => {
    await fill(source.db);
    const plans = await readTablePlans(source.db);
    const dumped = await dump(source.db, plans);
    expect(dumped.get('units')!.lines).toHaveLength(2);
    expect(dumped.get('settings')!.lines.map((l) => JSON.parse(l).key)).toEqual(['Zeta', 'warning']);

    expect(await nonEmptyTables(target.db, plans)).toEqual([]);
    await target.db.transaction(async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      for (const plan of plans) {
        const { lines, identity } = dumped.get(plan.name)!;
        await loadTableLines(tx, plan, () => each(lines));
        await restoreIdentityPositions(tx, plan, identity);
      }
    });
    expect(await snapshotTables(target.db)).toEqual(await snapshotTables(source.db));
    const digests = (db: Database) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local time zone 'UTC'`);
        return Promise.all(plans.map((plan) => tableDigest(tx, plan)));
      });
    expect(await digests(target.db)).toEqual(await digests(source.db));

    // The next unit takes the id after the deleted one, on both sides.
    const [fromSource] = await source.db
      .insert(units)
      .values({ name: '新单位', kind: 'DISTRICT' })
      .returning();
    const [fromTarget] = await target.db
      .insert(units)
      .values({ name: '新单位', kind: 'DISTRICT' })
      .returning();
    expect(fromTarget!.id).toBe(fromSource!.id);
    const [{ max }] = (await queryRows<{ max: number }>(
      target.db,
      sql`select max(id)::int as max from units`,
    )) as [{ max: number }];
    expect(fromTarget!.id).toBe(max);
    const [event] = await target.db.select().from(auditEvents);
    expect(Number(event!.entityId)).toBeLessThan(fromTarget!.id);
    // A table no row was ever written to starts at 1.
    const [firstIssue] = await queryRows<{ next: string }>(
      target.db,
      sql`select nextval(pg_get_serial_sequence('clue_cases', 'id'))::text as next`,
    );
    expect(firstIssue!.next).toBe('1');
    expect(await target.db.select().from(issues)).toHaveLength(2);
  });

  it('tells which tables hold rows, and empties them all at once', async () => {
    const plans = await readTablePlans(target.db);
    expect(await nonEmptyTables(target.db, plans)).toEqual(
      expect.arrayContaining(['units', 'issues', 'tasks', 'task_co_units', 'settings', 'api_clients']),
    );
    await target.db.transaction((tx) => truncateTables(tx, plans));
    expect(await nonEmptyTables(target.db, plans)).toEqual([]);
  });
});
