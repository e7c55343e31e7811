import { type Executor } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeLeader,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import {
  DEFAULT_WARNING_SETTINGS,
  partnerActor,
  type TaskStatus,
  userActor,
  WarningLevel,
  warningLevelOf,
} from '@rectify/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../testing/index.js';
import { listIssues } from './list-issues.js';
import { listTasks } from './list-tasks.js';
import { readOne } from './read-model.js';
import { readSpec } from './read-spec.js';

let t: TestDatabase;
const ids = { unitA: 0, unitB: 0, unitC: 0, leaderX: 0, leaderY: 0, area: 0, problem: 0, other: 0 };

const office = userActor('OFFICE', 1);
const ledgerSpec = () =>
  readSpec(['code', 'title'], {
    tasks: readSpec(['measure', 'status', 'deadline'], {
      leadUnit: readSpec(['name']),
      leader: readSpec(['name', 'post']),
      latestProgress: readSpec(['percent', 'reportedAt']),
    }),
  });

async function seed(db: Executor) {
  const inspection = await makeInspection(db);
  const unitA = await makeUnit(db, { name: '禅城区' });
  const unitB = await makeUnit(db, { name: '南海区' });
  const unitC = await makeUnit(db, { name: '顺德区' });
  const leaderX = await makeLeader(db);
  const leaderY = await makeLeader(db);
  const area = await makeIssue(db, {
    inspectionId: inspection.id,
    kind: 'AREA',
    code: '二(一)',
    sortKey: '0001',
  });
  const problem = await makeIssue(db, {
    inspectionId: inspection.id,
    parentId: area.id,
    code: '二(一)1.',
    sortKey: '0001.0001',
  });
  const other = await makeIssue(db, {
    inspectionId: inspection.id,
    kind: 'AREA',
    code: '二(二)',
    sortKey: '0002',
  });
  Object.assign(ids, {
    unitA: unitA.id,
    unitB: unitB.id,
    unitC: unitC.id,
    leaderX: leaderX.id,
    leaderY: leaderY.id,
  });
  Object.assign(ids, { area: area.id, problem: problem.id, other: other.id });
  const statuses: TaskStatus[] = [
    'NOT_STARTED',
    'IN_PROGRESS',
    'CLOSED',
    'IN_PROGRESS',
    'CLOSURE_REQUESTED',
    'ONGOING',
  ];
  const deadlines = ['2018-10-01', '2018-11-26', '2018-12-16', '2018-12-17', null, '2018-09-01'];
  for (let i = 0; i < 24; i++) {
    await makeTask(db, {
      issueId: i % 3 === 0 ? other.id : problem.id,
      leadUnitId: i % 2 === 0 ? unitA.id : unitB.id,
      coUnitIds: i % 4 === 1 ? [unitC.id] : [],
      leaderId: i % 2 === 0 ? leaderX.id : leaderY.id,
      status: statuses[i % statuses.length]!,
      deadline: deadlines[i % deadlines.length] ?? null,
    });
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db);
});
afterAll(async () => {
  await t?.close();
});

describe('the read model', () => {
  it('reads issues with their tasks, units, leaders and latest progress in one statement, whatever the page size', async () => {
    const ctx = contextFor(t.db, office);
    for (const first of [1, 2, 3]) {
      t.statements.length = 0;
      const page = await listIssues<{ tasks: { leadUnit: { name: string } }[] }>(
        ctx,
        { page: { first } },
        ledgerSpec(),
        {
          withTotal: true,
        },
      );
      expect(page.nodes).toHaveLength(first);
      expect(page.totalCount).toBe(3);
      expect(t.statements).toHaveLength(1);
    }
    const all = await listIssues<{ code: string; tasks: { leadUnit: { name: string } | null }[] }>(
      ctx,
      { page: { first: 10 } },
      ledgerSpec(),
      { withTotal: false },
    );
    expect(all.nodes.map((n) => n.code)).toEqual(['二(一)', '二(一)1.', '二(二)']);
    expect(all.nodes[1]?.tasks).toHaveLength(16);
    expect(all.nodes[1]?.tasks[0]?.leadUnit?.name).toMatch(/区$/);
  });

  it('shows a unit only the tasks it leads or co-operates on, and the branch of issues leading to them', async () => {
    const unitC = contextFor(t.db, userActor('UNIT', 2, { unitId: ids.unitC }));
    const tasks = await listTasks<{ id: number }>(unitC, { page: { first: 100 } }, readSpec(['id']), {
      withTotal: true,
      warnings: DEFAULT_WARNING_SETTINGS,
    });
    expect(tasks.totalCount).toBe(6); // i % 4 === 1 among 24
    const issues = await listIssues<{ code: string; tasks: unknown[] }>(
      unitC,
      { page: { first: 10 } },
      ledgerSpec(),
      {
        withTotal: true,
      },
    );
    expect(issues.nodes.map((n) => n.code)).toEqual(['二(一)', '二(一)1.', '二(二)']);
    expect(issues.nodes[1]?.tasks).toHaveLength(4);
    expect(issues.nodes[2]?.tasks).toHaveLength(2);
    const stranger = contextFor(t.db, userActor('UNIT', 4, { unitId: 99_999 }));
    expect(await readOne(stranger, 'Issue', ids.other, readSpec(['code']))).toBeNull();
    expect(await readOne(unitC, 'Issue', ids.other, readSpec(['code']))).toEqual({
      id: ids.other,
      code: '二(二)',
    });
  });

  it('hands an export every row of a list a batch at a time, in the list order and within scope', async () => {
    const ctx = contextFor(t.db, office);
    const extra = { warnings: DEFAULT_WARNING_SETTINGS };
    const page = await listTasks<{ id: number }>(ctx, { page: { first: 100 } }, readSpec(['id']), {
      withTotal: false,
      ...extra,
    });
    const batches: number[][] = [];
    await listTasks.each<{ id: number }>(
      ctx,
      {},
      readSpec(['id']),
      extra,
      (nodes) => {
        batches.push(nodes.map((n) => n.id));
      },
      5,
    );
    expect(batches.map((b) => b.length)).toEqual([5, 5, 5, 5, 4]);
    expect(batches.flat()).toEqual(page.nodes.map((n) => n.id));
    const unitC = contextFor(t.db, userActor('UNIT', 2, { unitId: ids.unitC }));
    const seen: number[] = [];
    await listTasks.each<{ id: number }>(unitC, {}, readSpec(['id']), extra, (nodes) => {
      seen.push(...nodes.map((n) => n.id));
    });
    expect(seen).toHaveLength(6); // i % 4 === 1 among 24, as the unit's page counts them
  });

  it("counts an issue's progress over the tasks the reader may see", async () => {
    const unitC = contextFor(t.db, userActor('UNIT', 2, { unitId: ids.unitC }));
    const spec = readSpec(['code', 'subtreeTasks']);
    const mine = await readOne<{ subtreeTasks: unknown[] }>(unitC, 'Issue', ids.area, spec);
    const all = await readOne<{ subtreeTasks: unknown[] }>(contextFor(t.db, office), 'Issue', ids.area, spec);
    expect(mine?.subtreeTasks).toHaveLength(4);
    expect(all?.subtreeTasks).toHaveLength(16);
  });

  it('shows a leader the tasks they lead', async () => {
    const leader = contextFor(t.db, userActor('LEADER', 3, { leaderId: ids.leaderX }));
    const tasks = await listTasks<{ leaderId: number }>(
      leader,
      { page: { first: 100 } },
      readSpec(['leaderId']),
      {
        withTotal: true,
        warnings: DEFAULT_WARNING_SETTINGS,
      },
    );
    expect(tasks.totalCount).toBe(12);
    expect(new Set(tasks.nodes.map((n) => n.leaderId))).toEqual(new Set([ids.leaderX]));
  });

  it('gives null for a relation the reader may not read', async () => {
    const partner = contextFor(t.db, partnerActor(1, ['LEDGER_READ']));
    const task = await listTasks<{ leadUnit: unknown; measure: string }>(
      partner,
      { page: { first: 1 } },
      readSpec(['measure'], { leadUnit: readSpec(['name']) }),
      { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS },
    );
    expect(task.nodes[0]?.measure).toBeTruthy();
    expect(task.nodes[0]?.leadUnit).toBeNull();
  });

  it('filters by warning colour exactly as the domain colours each task', async () => {
    const ctx = contextFor(t.db, office); // today is 2018-11-26 in the test clock
    const all = await listTasks<{ id: number; status: TaskStatus; deadline: string | null }>(
      ctx,
      { page: { first: 100 } },
      readSpec(['status', 'deadline']),
      { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS },
    );
    for (const level of WarningLevel.values) {
      const filtered = await listTasks<{ id: number }>(
        ctx,
        { filter: { warning: [level] }, page: { first: 100 } },
        readSpec([]),
        {
          withTotal: false,
          warnings: DEFAULT_WARNING_SETTINGS,
        },
      );
      const expected = all.nodes.filter((n) => warningLevelOf(n, '2018-11-26') === level).map((n) => n.id);
      expect(filtered.nodes.map((n) => n.id).sort(), level).toEqual(expected.sort());
    }
  });

  it('bounds the page size and orders tasks by deadline', async () => {
    const ctx = contextFor(t.db, office);
    const page = await listTasks<{ deadline: string | null }>(
      ctx,
      { page: { first: 1000 }, orderBy: { field: 'DEADLINE', direction: 'ASC' } },
      readSpec(['deadline']),
      { withTotal: true, warnings: DEFAULT_WARNING_SETTINGS },
    );
    expect(page.nodes.length).toBe(24);
    const dates = page.nodes.map((n) => n.deadline).filter((d): d is string => d != null);
    expect(dates).toEqual([...dates].sort());
    expect(page.nodes.at(-1)?.deadline).toBeNull();
  });

  it('finds tasks below an issue and by free text', async () => {
    const ctx = contextFor(t.db, office);
    const below = await listTasks(
      ctx,
      { filter: { issueId: ids.area }, page: { first: 100 } },
      readSpec([]),
      {
        withTotal: true,
        warnings: DEFAULT_WARNING_SETTINGS,
      },
    );
    expect(below.totalCount).toBe(16);
    const none = await listTasks(ctx, { filter: { search: '100%_不存在' }, page: {} }, readSpec([]), {
      withTotal: true,
      warnings: DEFAULT_WARNING_SETTINGS,
    });
    expect(none.totalCount).toBe(0);
  });
});
