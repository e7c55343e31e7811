import { issues, leaders, tasks, units } from '@rectify/db';
import { makeInspection, makeIssue } from '@rectify/db/testing';
import { type Actor, partnerActor } from '@rectify/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignTask } from '../ledger/assign-task.js';
import { createTask } from '../ledger/create-task.js';
import { reportProgress } from '../ledger/report-progress.js';
import { updateTask } from '../ledger/update-task.js';
import { updateLeader } from '../organisation/update-leader.js';
import { updateUnit } from '../organisation/update-unit.js';
import { failure } from '../testing/assertions.js';
import { approveClosureRequest } from '../workflow/approve-closure-request.js';
import { approveExtensionRequest } from '../workflow/approve-extension-request.js';
import { endorseClosureRequest } from '../workflow/endorse-closure-request.js';
import { endorseExtensionRequest } from '../workflow/endorse-extension-request.js';
import { markTaskOngoing } from '../workflow/mark-task-ongoing.js';
import { requestClosure } from '../workflow/request-closure.js';
import { requestExtension } from '../workflow/request-extension.js';
import { type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { FiguresCache } from './figures-cache.js';
import { getLedgerFigures } from './ledger-figures.js';

// The figures cache on the test database (PGlite, or PostgreSQL with DATABASE_URL), cleared by the migration's
// triggers through the database's own notifications. A notification arrives just after its change commits
// (on PostgreSQL, on another connection, and later still on a busy machine), hence `expect.poll` where a test
// waits for one, and `heardAll` before a test counts on an answer staying kept: nothing here waits for a clock.

let f: WorkflowFixture;
let cache: FiguresCache;
/** What the cache's own listening connection has heard, in order. */
const heard: string[] = [];
let barriers = 0;
let inspectionId = 0;
let otherInspectionId = 0;
const ids = { notStarted: 0, overdue: 0, elsewhere: 0 };

beforeAll(async () => {
  f = await workflowFixture();
  cache = await FiguresCache.listen({
    listen: (channel, handlers) =>
      f.t.listen(channel, {
        ...handlers,
        notify: (payload) => {
          heard.push(payload);
          handlers.notify(payload);
        },
      }),
  });
  const [issue] = await f.t.db.select().from(issues).where(eq(issues.id, f.issueId));
  inspectionId = issue!.inspectionId;
  ids.notStarted = (await f.newTask({ status: 'NOT_STARTED' })).id;
  ids.overdue = (await f.newTask({ deadline: '2018-11-01' })).id;
  await f.newTask({ status: 'CLOSED' });
  await f.newTask({ leaderId: f.leaderIds.other, leadUnitId: f.unitIds.other, coUnitIds: [] });
  otherInspectionId = (await makeInspection(f.t.db)).id;
  const issueElsewhere = await makeIssue(f.t.db, { inspectionId: otherInspectionId });
  ids.elsewhere = (await f.newTask({ issueId: issueElsewhere.id, deadline: '2018-12-10' })).id;
});
afterAll(async () => {
  await cache?.close();
  await f?.close();
});

/** Everyone who may read figures, by scope: the whole ledger (office, supervisor, a partner's token) or a leader's. */
const readers = (): Actor[] => [
  f.as.office,
  f.as.supervisor,
  partnerActor(1, ['FIGURES_READ']),
  f.as.leader,
  f.as.otherLeader,
];
const filters = () => [{}, { inspectionId }, { inspectionId: otherInspectionId }];

const fresh = (actor: Actor, filter: { inspectionId?: number }) => getLedgerFigures(f.ctx(actor), filter);
const cached = (actor: Actor, filter: { inspectionId?: number }) =>
  getLedgerFigures(f.ctx(actor), filter, cache);

/** Every reader's figures through the cache, so that each change below finds them kept. */
async function warm() {
  for (const actor of readers()) for (const filter of filters()) await cached(actor, filter);
  expect(cache.size).toBeGreaterThan(0);
}

/** Every reader's fresh figures, for every filter. */
const snapshot = async () => {
  const all = [];
  for (const actor of readers()) for (const filter of filters()) all.push(await fresh(actor, filter));
  return all;
};

/** Expects every cached answer to become the fresh one. */
async function expectCachedFresh() {
  for (const actor of readers())
    for (const filter of filters())
      await expect.poll(() => cached(actor, filter)).toEqual(await fresh(actor, filter));
}

/** Fills the cache, makes a change the figures show, and expects every cached answer to become the fresh one. */
async function afterChange(change: () => Promise<unknown>) {
  await warm();
  const before = await snapshot();
  await change();
  // A cache that kept its answers would fail below.
  expect(await snapshot()).not.toEqual(before);
  await expectCachedFresh();
}

const taskVersion = async (id: number) => (await f.taskRow(id)).version;

/**
 * Returns once the cache has heard every change committed so far. On PostgreSQL the notification of a change
 * may still be on its way when the change has returned (PGlite hears it before); notifications reach a
 * listener in commit order, so hearing one sent now means the earlier ones were heard.
 */
async function heardAll() {
  const barrier = `barrier ${++barriers}`;
  await f.t.db.execute(sql`select pg_notify('rectify_ledger_changes', ${barrier})`);
  await expect.poll(() => heard.includes(barrier)).toBe(true);
}

/** The caller's figures, kept once every change made so far has been heard. */
async function keptAnswer(actor: Actor, filter: { inspectionId?: number }) {
  await heardAll();
  return cached(actor, filter);
}

describe('the figures cache', () => {
  it('answers again from what it kept, with no statement', async () => {
    const first = await keptAnswer(f.as.office, { inspectionId });
    f.t.statements.length = 0;
    expect(await cached(f.as.office, { inspectionId })).toBe(first);
    expect(f.t.statements).toEqual([]);
  });

  it('gives each scope, inspection and day its own answer, the same for callers of one scope', async () => {
    const office = await keptAnswer(f.as.office, {});
    const leader = await cached(f.as.leader, {});
    const otherLeader = await cached(f.as.otherLeader, {});
    expect(leader.tasks.total).toBeLessThan(office.tasks.total);
    expect(otherLeader.tasks.total).toBeLessThan(office.tasks.total);
    for (const actor of readers())
      for (const filter of filters()) expect(await cached(actor, filter)).toEqual(await fresh(actor, filter));
    // The office, the supervisor and a partner's token read the whole ledger: one answer, kept once.
    expect(await cached(f.as.supervisor, {})).toBe(office);
    expect(await cached(partnerActor(1, ['FIGURES_READ']), {})).toBe(office);
    expect(cache.size).toBe(3 * filters().length);
    const nextDay = await getLedgerFigures(f.ctx(f.as.office, '2018-11-27T10:00:00+08:00'), {}, cache);
    expect(nextDay).not.toBe(office);
    expect(cache.size).toBe(3 * filters().length + 1);
  });

  it('refuses a caller without figures.read though an answer is kept', async () => {
    await keptAnswer(f.as.office, {});
    for (const actor of [f.as.unit, f.as.coUnit])
      expect((await failure(cached(actor, {}))).code).toBe('FORBIDDEN');
  });

  it('follows a progress report that starts a task, and a task marked ongoing', async () => {
    // Starting changes no figure (the task was open and stays so): what is kept stays right.
    await warm();
    await reportProgress(f.ctx(f.as.unit), {
      taskId: ids.notStarted,
      period: '2018-11-26',
      text: '已启动整改。',
      percent: 10,
    });
    await expectCachedFresh();
    const task = await f.newTask({ term: 'LONG_TERM' });
    await afterChange(() => markTaskOngoing(f.ctx(f.as.office), { id: task.id, version: task.version }));
  });

  it('follows a closure through its request, endorsement and approval', async () => {
    const task = await f.newTask({ deadline: '2018-12-03' });
    await f.upload(task.id);
    // The request and an approving endorsement change no figure (the task stays open): what is kept stays right.
    await warm();
    const { closureRequest } = await requestClosure(f.ctx(f.as.unit), {
      taskId: task.id,
      statement: '已完成。',
    });
    await expectCachedFresh();
    const endorsed = await endorseClosureRequest(f.ctx(f.as.leader), {
      id: closureRequest.id,
      version: closureRequest.version,
      decision: 'APPROVE',
    });
    await expectCachedFresh();
    await afterChange(() =>
      approveClosureRequest(f.ctx(f.as.office), {
        id: endorsed.closureRequest.id,
        version: endorsed.closureRequest.version,
        decision: 'APPROVE',
      }),
    );
  });

  it('follows a deadline moved by an approved extension', async () => {
    const task = await f.newTask({ deadline: '2018-11-01' });
    const extensionRequest = await requestExtension(f.ctx(f.as.unit), {
      taskId: task.id,
      proposedDeadline: '2018-12-31',
      reason: '需协调多部门。',
    });
    const endorsed = await endorseExtensionRequest(f.ctx(f.as.leader), {
      id: extensionRequest.id,
      version: extensionRequest.version,
      decision: 'APPROVE',
    });
    await afterChange(() =>
      approveExtensionRequest(f.ctx(f.as.office), {
        id: endorsed.extensionRequest.id,
        version: endorsed.extensionRequest.version,
        decision: 'APPROVE',
      }),
    );
  });

  it('follows a deadline set on a task that had none', async () => {
    const task = await f.newTask({ deadline: null });
    await afterChange(async () =>
      updateTask(f.ctx(f.as.office), {
        id: task.id,
        version: await taskVersion(task.id),
        deadline: '2018-11-20',
      }),
    );
  });

  it('follows a task moved to another unit and leader', async () =>
    afterChange(async () =>
      assignTask(f.ctx(f.as.office), {
        id: ids.overdue,
        version: await taskVersion(ids.overdue),
        leaderId: f.leaderIds.other,
        leadUnitId: f.unitIds.other,
        coUnitIds: [f.unitIds.lead],
      }),
    ));

  it('follows a new task and a deleted one', async () => {
    let created = 0;
    await afterChange(async () => {
      created = (
        await createTask(f.ctx(f.as.office), {
          issueId: f.issueId,
          measure: '建立长效机制',
          leaderId: f.leaderIds.own,
          leadUnitId: f.unitIds.co,
          deadline: '2018-12-20',
        })
      ).id;
    });
    await afterChange(() => f.t.db.delete(tasks).where(eq(tasks.id, created)));
  });

  it('follows an issue moved to another inspection and back', async () => {
    const [task] = await f.t.db.select().from(tasks).where(eq(tasks.id, ids.elsewhere));
    for (const to of [inspectionId, otherInspectionId])
      await afterChange(() =>
        f.t.db.update(issues).set({ inspectionId: to }).where(eq(issues.id, task!.issueId)),
      );
  });

  it('follows a unit and a leader renamed', async () => {
    const [unit] = await f.t.db.select().from(units).where(eq(units.id, f.unitIds.lead));
    await afterChange(() =>
      updateUnit(f.ctx(f.as.admin), { id: unit!.id, version: unit!.version, name: '市住房和城乡建设局' }),
    );
    const [leader] = await f.t.db.select().from(leaders).where(eq(leaders.id, f.leaderIds.own));
    await afterChange(() =>
      updateLeader(f.ctx(f.as.admin), { id: leader!.id, version: leader!.version, name: '张副市长' }),
    );
  });

  it('keeps its answers through a write that rolls back, and they stay right', async () => {
    const rollback = new Error('rolled back');
    const office = await keptAnswer(f.as.office, {});
    let opened = () => {};
    const writeOpen = new Promise<void>((resolve) => (opened = resolve));
    let readDone = () => {};
    const leaderRead = new Promise<void>((resolve) => (readDone = resolve));
    const write = f.t.db
      .transaction(async (tx) => {
        await tx.update(tasks).set({ status: 'CLOSED' }).where(eq(tasks.id, ids.elsewhere));
        await tx.update(units).set({ name: '已撤销' }).where(eq(units.id, f.unitIds.lead));
        opened();
        // On PostgreSQL a read runs while the write is open (and sees none of it); PGlite runs one transaction
        // at a time, so there the read waits for the rollback.
        if (f.t.driver === 'postgres') await leaderRead;
        throw rollback;
      })
      .catch((error: unknown) => error);
    await writeOpen;
    const read = cached(f.as.leader, { inspectionId: otherInspectionId });
    if (f.t.driver === 'postgres') await read;
    readDone();
    expect(await write).toBe(rollback);
    await read;
    f.t.statements.length = 0;
    expect(await cached(f.as.office, {})).toBe(office);
    expect(f.t.statements).toEqual([]);
    expect(await cached(f.as.office, {})).toEqual(await fresh(f.as.office, {}));
    expect(await cached(f.as.leader, { inspectionId: otherInspectionId })).toEqual(
      await fresh(f.as.leader, { inspectionId: otherInspectionId }),
    );
  });

  it('does not keep a read that a change overlapped', async () => {
    await warm();
    const answer = await cache.get('overlapped', async () => {
      const read = await fresh(f.as.office, {});
      await f.t.db.update(tasks).set({ deadline: '2018-12-24' }).where(eq(tasks.id, ids.elsewhere));
      // Heard once the answers kept before are gone.
      await expect.poll(() => cache.size).toBe(0);
      return read;
    });
    expect(answer).not.toEqual(await fresh(f.as.office, {}));
    expect(cache.size).toBe(0);
    expect(await cached(f.as.office, {})).toEqual(await fresh(f.as.office, {}));
  });

  it('shares one read among callers that miss at once', async () => {
    await f.t.db.update(tasks).set({ deadline: '2018-11-03' }).where(eq(tasks.id, ids.elsewhere));
    await expect.poll(() => cache.size).toBe(0);
    f.t.statements.length = 0;
    const [a, b] = await Promise.all([cached(f.as.office, {}), cached(f.as.supervisor, {})]);
    expect(b).toBe(a);
    const once = f.t.statements.length;
    f.t.statements.length = 0;
    await fresh(f.as.office, {});
    expect(once).toBe(f.t.statements.length);
  });

  it('keeps nothing once it stops listening', async () => {
    const closed = await FiguresCache.listen(f.t);
    await closed.close();
    const first = await getLedgerFigures(f.ctx(f.as.office), {}, closed);
    expect(closed.size).toBe(0);
    expect(await getLedgerFigures(f.ctx(f.as.office), {}, closed)).not.toBe(first);
  });
});
