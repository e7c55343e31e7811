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
  DEFAULT_WARNING_SETTINGS,
  issueVisible,
  ledgerScopeOf,
  Role,
  type TaskScopeFacts,
  taskVisible,
  userActor,
} from '@rectify/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../testing/index.js';
import { listIssues } from './list-issues.js';
import { listTasks } from './list-tasks.js';
import { readOne } from './read-model.js';
import { readSpec } from './read-spec.js';

// The domain states who sees a record (taskVisible, issueVisible); scope-sql.ts states it again as SQL. This
// test generates a ledger with every shape the rule distinguishes (co-operating units, leaderless tasks, issues
// led by a unit or leader with no task of theirs below, deep branches) and checks both give the same records
// for every role and every binding.

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
});
afterAll(async () => {
  await t?.close();
});

/** Every role, with each binding it can carry, and bindings to a unit and a leader that own nothing. */
function everyActor(): { name: string; actor: Actor }[] {
  const actors: { name: string; actor: Actor }[] = [];
  let userId = 1;
  for (const role of Role.values) {
    if (role === 'PARTNER') continue; // partners read through tokens; their scope is 'all' or 'none' by permission
    if (role === 'UNIT')
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

describe('the SQL scope and the domain scope', () => {
  it('give the same tasks and issues for every role on a generated ledger', async () => {
    const actors = everyActor();
    expect(actors.length).toBeGreaterThan(15);
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
      const tasks = await listTasks<{ id: number }>(ctx, { page: { first: 200 } }, readSpec(['id']), {
        withTotal: false,
        warnings: DEFAULT_WARNING_SETTINGS,
      });
      const issues = await listIssues<{ id: number }>(ctx, { page: { first: 200 } }, readSpec(['id']), {
        withTotal: false,
      });
      expect(sorted(tasks.nodes.map((n) => n.id)), `tasks of ${name}`).toEqual(expectedTasks);
      expect(sorted(issues.nodes.map((n) => n.id)), `issues of ${name}`).toEqual(expectedIssues);
      if (scope.kind === 'unit' || scope.kind === 'leader') visibleSomewhere += expectedTasks.length;
    }
    // The generated ledger must make the rule work: bound actors see some tasks, and not all of them.
    expect(visibleSomewhere).toBeGreaterThan(0);
    expect(visibleSomewhere).toBeLessThan(
      ledger.tasks.length * (ledger.unitIds.length + ledger.leaderIds.length),
    );
  });

  it('answers a single record outside the scope as absent, and one inside as present', async () => {
    for (const { name, actor } of everyActor()) {
      const scope = ledgerScopeOf(actor);
      const ctx = contextFor(t.db, actor);
      for (const task of ledger.tasks.slice(0, 20)) {
        const found = await readOne<{ id: number }>(ctx, 'Task', task.id, readSpec(['id']));
        expect(found !== null, `task ${task.id} for ${name}`).toBe(taskVisible(scope, task));
      }
    }
  });
});
