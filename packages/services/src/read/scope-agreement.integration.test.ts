import { closureRequests, progressReports } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeLeader,
  makeTask,
  makeUnit,
} from '@rectify/db/testing';
import {
  type Actor,
  can,
  DEFAULT_WARNING_SETTINGS,
  issueVisible,
  ledgerScopeOf,
  type Permission,
  partnerActor,
  Role,
  type TaskScopeFacts,
  taskVisible,
  userActor,
} from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../kernel/context.js';
import { contextFor } from '../testing/index.js';
import { listIssues } from './list-issues.js';
import { listProgressReports } from './list-master-data.js';
import { listTasks } from './list-tasks.js';
import { readList, readOne } from './read-model.js';
import { readSpec } from './read-spec.js';

// The domain states who sees a record (taskVisible, issueVisible); scope-sql.ts states it again as SQL. This
// test generates a ledger with every shape the rule distinguishes (co-operating units, leaderless tasks, issues
// led by a unit or leader with no task of theirs below, deep branches) and checks both give the same records
// for every role and every binding, partners' tokens included. Progress reports and the workflow's records
// (a closure request stands for them: every one is read through its task) are visible exactly with their task.

interface GeneratedIssue {
  id: number;
  sortKey: string;
  leadUnitId: number | null;
  leadLeaderId: number | null;
}
interface GeneratedTask extends TaskScopeFacts {
  id: number;
  issueId: number;
}
/** A progress report or a closure request: a record of one task. */
interface TaskRecord {
  id: number;
  taskId: number;
}

/** A small deterministic generator, so a failure can be replayed. */
function randomFrom(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

const ledger = {
  unitIds: [] as number[],
  leaderIds: [] as number[],
  issues: [] as GeneratedIssue[],
  tasks: [] as GeneratedTask[],
  progressReports: [] as TaskRecord[],
  closureRequests: [] as TaskRecord[],
};
let t: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  t = await createTestDatabase();
  const random = randomFrom(20181126);
  const pick = <T>(values: readonly T[]) => values[random(values.length)]!;
  const maybe = <T>(values: readonly T[]) => (random(3) === 0 ? null : pick(values));
  const inspection = await makeInspection(t.db);
  for (let i = 0; i < 6; i++) ledger.unitIds.push((await makeUnit(t.db, { name: `单位${i}` })).id);
  for (let i = 0; i < 4; i++) ledger.leaderIds.push((await makeLeader(t.db)).id);
  // Three levels: areas 0001, problems 0001.0002, sub-problems 0001.0002.0003.
  const parents: (GeneratedIssue | null)[] = [null];
  for (let i = 0; i < 24; i++) {
    const parent = i < 4 ? null : pick(parents.filter((p) => p !== null && p.sortKey.split('.').length < 3));
    const siblings = ledger.issues.filter((s) =>
      parent
        ? s.sortKey.startsWith(`${parent.sortKey}.`) &&
          s.sortKey.split('.').length === parent.sortKey.split('.').length + 1
        : !s.sortKey.includes('.'),
    ).length;
    const position = String(siblings + 1).padStart(4, '0');
    const sortKey = parent ? `${parent.sortKey}.${position}` : position;
    const row = await makeIssue(t.db, {
      inspectionId: inspection.id,
      parentId: parent?.id ?? null,
      kind: parent ? 'PROBLEM' : 'AREA',
      code: `议题${i}`,
      sortKey,
      leadUnitId: maybe(ledger.unitIds),
      leadLeaderId: maybe(ledger.leaderIds),
    });
    const issue = { id: row.id, sortKey, leadUnitId: row.leadUnitId, leadLeaderId: row.leadLeaderId };
    ledger.issues.push(issue);
    parents.push(issue);
  }
  for (let i = 0; i < 80; i++) {
    const issue = pick(ledger.issues);
    const leadUnitId = maybe(ledger.unitIds);
    const coUnitIds = [...new Set([pick(ledger.unitIds), pick(ledger.unitIds)])]
      .filter((id) => id !== leadUnitId)
      .slice(0, random(3));
    const leaderId = maybe(ledger.leaderIds);
    const row = await makeTask(t.db, { issueId: issue.id, leadUnitId, coUnitIds, leaderId });
    ledger.tasks.push({ id: row.id, issueId: issue.id, leadUnitId, coUnitIds, leaderId });
  }
  // Under a page's bound (100) of each: some tasks with none, some with two.
  for (let i = 0; i < 60; i++) {
    const task = pick(ledger.tasks);
    const [report] = await t.db
      .insert(progressReports)
      .values({
        taskId: task.id,
        unitId: pick(ledger.unitIds),
        period: '2019-01-31',
        text: `进展${i}`,
        percent: random(101),
      })
      .returning({ id: progressReports.id });
    ledger.progressReports.push({ id: report!.id, taskId: task.id });
  }
  for (let i = 0; i < 40; i++) {
    const task = pick(ledger.tasks);
    const [request] = await t.db
      .insert(closureRequests)
      .values({ taskId: task.id, statement: `销号${i}` })
      .returning({ id: closureRequests.id });
    ledger.closureRequests.push({ id: request!.id, taskId: task.id });
  }
});
afterAll(async () => {
  await t?.close();
});

/**
 * Every role, with each binding it can carry, and bindings to a unit and a leader that own nothing; partners
 * with each combination of the scopes that read the ledger and its progress.
 */
function everyActor(): { name: string; actor: Actor }[] {
  const actors: { name: string; actor: Actor }[] = [];
  let userId = 1;
  for (const role of Role.values) {
    if (role === 'PARTNER')
      for (const scopes of [
        [],
        ['LEDGER_READ'],
        ['PROGRESS_READ'],
        ['LEDGER_READ', 'PROGRESS_READ'],
      ] as const)
        actors.push({ name: `PARTNER ${scopes.join('+')}`, actor: partnerActor(userId++, scopes) });
    else if (role === 'UNIT')
      for (const unitId of [...ledger.unitIds, 999_999, null])
        actors.push({ name: `UNIT ${unitId}`, actor: userActor(role, userId++, { unitId }) });
    else if (role === 'LEADER')
      for (const leaderId of [...ledger.leaderIds, 999_999, null])
        actors.push({ name: `LEADER ${leaderId}`, actor: userActor(role, userId++, { leaderId }) });
    else actors.push({ name: role, actor: userActor(role, userId++) });
  }
  return actors;
}

const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

/** Every row of an entity the reader may see (one page holds them all), with no filter of its own. */
const listAll = (ctx: ServiceContext, entity: 'ClosureRequest') =>
  readList<{ id: number }>(ctx, entity, {
    where: [],
    orderBy: sql`r0.id`,
    page: { first: 100 },
    withTotal: false,
    spec: readSpec(['id']),
  });

describe('the SQL scope and the domain scope', () => {
  it('give the same tasks, issues, progress reports and closure requests for every role on a generated ledger', async () => {
    const actors = everyActor();
    expect(actors.length).toBeGreaterThan(19);
    let visibleSomewhere = 0;
    for (const { name, actor } of actors) {
      const scope = ledgerScopeOf(actor);
      const ctx = contextFor(t.db, actor);
      const expectedTasks = sorted(
        ledger.tasks.filter((task) => taskVisible(scope, task)).map((task) => task.id),
      );
      const expectedIssues = sorted(
        ledger.issues
          .filter((issue) => {
            const below = ledger.tasks.filter((task) => {
              const key = ledger.issues.find((i) => i.id === task.issueId)!.sortKey;
              return key === issue.sortKey || key.startsWith(`${issue.sortKey}.`);
            });
            return issueVisible(scope, issue, below);
          })
          .map((issue) => issue.id),
      );
      const visibleWithTask = (records: TaskRecord[]) =>
        sorted(
          records
            .filter((record) => taskVisible(scope, ledger.tasks.find((task) => task.id === record.taskId)!))
            .map((record) => record.id),
        );
      const page = { page: { first: 100 } };
      const reads: [string, Permission, number[], () => Promise<{ nodes: { id: number }[] }>][] = [
        [
          'tasks',
          'task.read',
          expectedTasks,
          () =>
            listTasks(ctx, page, readSpec(['id']), { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS }),
        ],
        [
          'issues',
          'issue.read',
          expectedIssues,
          () => listIssues(ctx, page, readSpec(['id']), { withTotal: false }),
        ],
        [
          'progress reports',
          'progress.read',
          visibleWithTask(ledger.progressReports),
          () => listProgressReports(ctx, page, readSpec(['id']), { withTotal: false }),
        ],
        [
          'closure requests',
          'progress.read',
          visibleWithTask(ledger.closureRequests),
          () => listAll(ctx, 'ClosureRequest'),
        ],
      ];
      for (const [what, permission, expected, read] of reads) {
        // Without the permission the domain shows nothing, and the read model refuses the read.
        if (!can(actor, permission)) {
          await expect(read(), `${what} of ${name}`).rejects.toMatchObject({ code: 'FORBIDDEN' });
          continue;
        }
        const { nodes } = await read();
        expect(sorted(nodes.map((n) => n.id)), `${what} of ${name}`).toEqual(expected);
      }
      if (scope.kind === 'unit' || scope.kind === 'leader') visibleSomewhere += expectedTasks.length;
    }
    // The generated ledger must make the rule work: bound actors see some tasks, and not all of them.
    expect(visibleSomewhere).toBeGreaterThan(0);
    expect(visibleSomewhere).toBeLessThan(
      ledger.tasks.length * (ledger.unitIds.length + ledger.leaderIds.length),
    );
  });

  it('answers a single record outside the scope as absent, and one inside as present', async () => {
    for (const { name, actor } of everyActor().filter(({ actor }) => can(actor, 'task.read'))) {
      const scope = ledgerScopeOf(actor);
      const ctx = contextFor(t.db, actor);
      for (const task of ledger.tasks.slice(0, 20)) {
        const found = await readOne<{ id: number }>(ctx, 'Task', task.id, readSpec(['id']));
        expect(found !== null, `task ${task.id} for ${name}`).toBe(taskVisible(scope, task));
      }
    }
  });
});
