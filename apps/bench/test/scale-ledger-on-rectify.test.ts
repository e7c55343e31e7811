import { startTestApi, type TestApi } from '@rectify/api/testing';
import { queryRows } from '@rectify/db';
import { todayOf } from '@rectify/services';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { q1Data, q2Data } from '../src/answers.js';
import { FLOOR_Q1, floorQ1Body, floorQ2, floorQ2Body } from '../src/floor/floor-sql.js';
import {
  BENCH_ACCOUNTS,
  BENCH_PASSWORD,
  type SeededLedger,
  scaledCounts,
  seedScaleLedger,
} from '@rectify/scale-ledger';
import { signIn } from '../src/measure/rectify-client.js';
import { Q1, Q2 } from '../src/queries.js';

// The 1/100 ledger loaded into the real API's database (PGlite, or PostgreSQL with DATABASE_URL).

const TINY = scaledCounts(0.01);
let api: TestApi;
let seeded: SeededLedger;

beforeAll(async () => {
  api = await startTestApi();
  seeded = await seedScaleLedger(api.db, { seed: 3, counts: TINY });
});
afterAll(async () => {
  await api?.close();
});

/** The floor's statement (`$n` placeholders) through drizzle, so that it runs on PGlite as on PostgreSQL. */
function bound(query: { text: string; values: unknown[] }): SQL {
  const parts = query.text.split(/\$(\d+)/);
  return sql.join(
    parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${query.values[Number(part) - 1]}`)),
  );
}

describe('the scale ledger, loaded', () => {
  it('holds every row, every task with a lead unit, and the id sequences past them', async () => {
    const [counts] = await queryRows<Record<string, number>>(
      api.db,
      sql`select (select count(*)::int from units) as units, (select count(*)::int from leaders) as leaders,
        (select count(*)::int from issues) as issues, (select count(*)::int from tasks) as tasks,
        (select count(*)::int from progress_reports) as "progressReports",
        (select count(*)::int from tasks where lead_unit_id is null) as "withoutLeadUnit",
        nextval(pg_get_serial_sequence('tasks', 'id'))::int as "nextTaskId"`,
    );
    expect(counts).toEqual({ ...TINY, withoutLeadUnit: 0, nextTaskId: TINY.tasks + 1 });
    expect(await seedScaleLedger(api.db, { seed: 3, counts: TINY })).toMatchObject({ loaded: false });
  });

  it('gives the office the same ledger page (Q1) from Rectify as from the floor', async () => {
    const token = await signIn(api.url, BENCH_ACCOUNTS.office.username, BENCH_PASSWORD);
    const rectify = await api.gql(Q1, {}, { token });
    expect(rectify.errors).toBeUndefined();
    const rows = await queryRows<{ node: string }>(api.db, bound(FLOOR_Q1));
    const floor = q1Data(JSON.parse(floorQ1Body(rows.map((r) => r.node))));
    expect(floor.flatMap((issue) => issue.tasks).length).toBeGreaterThan(0);
    expect(q1Data(rectify)).toEqual(floor);
  });

  it('gives the unit the same overdue list (Q2), counted, each task with its issue', async () => {
    const token = await signIn(api.url, BENCH_ACCOUNTS.unit.username, BENCH_PASSWORD);
    const rectify = await api.gql(Q2, {}, { token });
    expect(rectify.errors).toBeUndefined();
    const today = todayOf({ now: () => new Date() });
    const rows = await queryRows<{ node: string; total: string }>(
      api.db,
      bound(floorQ2(seeded.benchUnit!.id, today)),
    );
    const floor = q2Data(JSON.parse(floorQ2Body(rows)));
    expect(floor.totalCount).toBe(seeded.benchUnit!.overdue);
    expect(q2Data(rectify)).toEqual(floor);
  });
});
