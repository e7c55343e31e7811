import { auditEvents, type Executor, taskCoUnits, tasks } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeLeader,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { userActor } from '@rectify/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { assignTask } from './assign-task.js';
import { bulkAssignTasks } from './bulk-assign-tasks.js';
import { createTask } from './create-task.js';
import { updateTask } from './update-task.js';

let t: TestDatabase;
const asOffice = () => contextFor(t.db, userActor('OFFICE', 7));
let issueId = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  const inspection = await makeInspection(t.db);
  issueId = (await makeIssue(t.db, { inspectionId: inspection.id })).id;
});
afterAll(async () => {
  await t?.close();
});

const coUnitsOf = async (db: Executor, taskId: number) =>
  (await db.select().from(taskCoUnits).where(eq(taskCoUnits.taskId, taskId)))
    .map((r) => r.unitId)
    .sort((a, b) => a - b);

describe('create-task', () => {
  it('creates a task with its co-units and defaults, audited with the co-units', async () => {
    const [leader, lead, co1, co2] = [
      await makeLeader(t.db),
      await makeUnit(t.db),
      await makeUnit(t.db),
      await makeUnit(t.db),
    ];
    const inspection = await makeInspection(t.db);
    const issue = await makeIssue(t.db, { inspectionId: inspection.id });
    const first = await createTask(asOffice(), { issueId: issue.id, measure: '建立健全学习制度' });
    const task = await createTask(asOffice(), {
      issueId: issue.id,
      ordinal: '二是',
      measure: ' 突出抓好宣讲贯彻。 ',
      target: '全覆盖',
      leaderId: leader.id,
      leadUnitId: lead.id,
      coUnitIds: [co2.id, co1.id, co2.id],
      deadline: '2018-10-31',
    });
    expect(first).toMatchObject({
      position: 1,
      ordinal: '',
      status: 'NOT_STARTED',
      term: 'BY_DEADLINE',
      coUnitIds: [],
    });
    expect(task).toMatchObject({
      position: 2,
      ordinal: '二是',
      measure: '突出抓好宣讲贯彻。',
      leadUnitId: lead.id,
      deadline: '2018-10-31',
      coUnitIds: [co1.id, co2.id],
      version: 1,
    });
    expect(await coUnitsOf(t.db, task.id)).toEqual([co1.id, co2.id]);
    const [audit] = await auditOf(t.db, 'task', task.id);
    expect(audit).toMatchObject({ action: 'task.create', actorUserId: 7, before: null });
    expect(audit!.after).toMatchObject({ measure: '突出抓好宣讲贯彻。', coUnitIds: [co1.id, co2.id] });
  });

  it('enters an existing ledger in its current state; ONGOING only for a long-term task', async () => {
    const closed = await createTask(asOffice(), { issueId, measure: 'x', status: 'CLOSED', position: 40 });
    expect(closed).toMatchObject({ status: 'CLOSED', position: 40 });
    const ongoing = await createTask(asOffice(), {
      issueId,
      measure: 'x',
      term: 'LONG_TERM',
      status: 'ONGOING',
    });
    expect(ongoing).toMatchObject({ status: 'ONGOING', position: 41 });
    const error = await failure(
      createTask(asOffice(), { issueId, measure: 'x', term: 'IMMEDIATE', status: 'ONGOING' }),
    );
    expect(fieldCodes(error)).toEqual(['status:ONGOING_NEEDS_LONG_TERM']);
  });

  it('reports every invalid field at once', async () => {
    const lead = await makeUnit(t.db);
    const error = await failure(
      createTask(asOffice(), {
        issueId: 999_999,
        ordinal: '一'.repeat(21),
        measure: '  ',
        leaderId: 999_999,
        leadUnitId: 999_998,
        coUnitIds: [lead.id, 999_997, 999_996],
        deadline: '2018-11-31',
        term: 'SOMEDAY' as never,
        status: 'DONE' as never,
        position: 0,
      }),
    );
    expect(fieldCodes(error)).toEqual([
      'coUnitIds:NOT_FOUND',
      'coUnitIds:NOT_FOUND',
      'deadline:INVALID_DATE',
      'issueId:NOT_FOUND',
      'leadUnitId:NOT_FOUND',
      'leaderId:NOT_FOUND',
      'measure:REQUIRED',
      'ordinal:TOO_LONG',
      'position:OUT_OF_RANGE',
      'status:INVALID',
      'term:INVALID',
    ]);
    expect(error.fieldErrors.filter((e) => e.field === 'coUnitIds').map((e) => e.message.en)).toEqual([
      'Unit 999997 not found',
      'Unit 999996 not found',
    ]);
    const both = await failure(
      createTask(asOffice(), { issueId, measure: 'x', leadUnitId: lead.id, coUnitIds: [lead.id] }),
    );
    expect(fieldCodes(both)).toEqual(['coUnitIds:LEAD_IS_CO_UNIT']);
  });

  it('leaves no partial state when a later step fails', async () => {
    const [lead, co, refused] = [await makeUnit(t.db), await makeUnit(t.db), await makeUnit(t.db)];
    // The database refuses one co-unit row, after the task row has been written in the same transaction.
    await t.db.execute(
      sql.raw(`
      create function refuse_co_unit() returns trigger language plpgsql as $$
      begin
        if new.unit_id = ${refused.id} then raise exception 'co-unit refused by the test'; end if;
        return new;
      end $$`),
    );
    await t.db.execute(sql`create trigger refuse_co_unit before insert on task_co_units
      for each row execute function refuse_co_unit()`);
    try {
      const before = await t.db.$count(tasks);
      const audits = await t.db.$count(auditEvents);
      await expect(
        createTask(asOffice(), {
          issueId,
          measure: '不应留下',
          leadUnitId: lead.id,
          coUnitIds: [co.id, refused.id],
        }),
      ).rejects.toThrow(/refused by the test|Failed query/);
      expect(await t.db.$count(tasks)).toBe(before);
      expect(await t.db.select().from(tasks).where(eq(tasks.measure, '不应留下'))).toEqual([]);
      expect(await t.db.select().from(taskCoUnits).where(eq(taskCoUnits.unitId, co.id))).toEqual([]);
      expect(await t.db.$count(auditEvents)).toBe(audits);
    } finally {
      await t.db.execute(sql`drop trigger refuse_co_unit on task_co_units`);
      await t.db.execute(sql`drop function refuse_co_unit()`);
    }
  });
});

describe('update-task', () => {
  it('edits texts and term, sets a missing deadline, audits before and after', async () => {
    const co = await makeUnit(t.db);
    const task = await makeTask(t.db, { issueId, coUnitIds: [co.id] });
    const updated = await updateTask(asOffice(), {
      id: task.id,
      version: 1,
      ordinal: '三是',
      measure: '新措施',
      target: '目标',
      term: 'IMMEDIATE',
      deadline: '2018-12-31',
    });
    expect(updated).toMatchObject({
      ordinal: '三是',
      measure: '新措施',
      target: '目标',
      term: 'IMMEDIATE',
      deadline: '2018-12-31',
      version: 2,
      coUnitIds: [co.id],
    });
    const [audit] = await auditOf(t.db, 'task', task.id);
    expect(audit).toMatchObject({ action: 'task.update' });
    expect(audit!.before).toMatchObject({
      measure: task.measure,
      deadline: null,
      version: 1,
      coUnitIds: [co.id],
    });
    expect(audit!.after).toMatchObject({ measure: '新措施', deadline: '2018-12-31', version: 2 });
  });

  it('moves a set deadline only through an extension: refused here, with every other problem', async () => {
    const task = await makeTask(t.db, {
      issueId,
      deadline: '2018-10-31',
      term: 'LONG_TERM',
      status: 'ONGOING',
    });
    const error = await failure(
      updateTask(asOffice(), {
        id: task.id,
        version: 1,
        deadline: '2018-12-31',
        measure: '',
        term: 'BY_DEADLINE',
      }),
    );
    expect(fieldCodes(error)).toEqual([
      'deadline:EXTENSION_REQUIRED',
      'measure:REQUIRED',
      'term:ONGOING_NEEDS_LONG_TERM',
    ]);
    expect(error.fieldErrors.find((e) => e.field === 'deadline')!.message.zh).toContain('延期申请');
    const cleared = await failure(updateTask(asOffice(), { id: task.id, version: 1, deadline: null }));
    expect(fieldCodes(cleared)).toEqual(['deadline:EXTENSION_REQUIRED']);
    // Sending the deadline it already has is not a move.
    const same = await updateTask(asOffice(), {
      id: task.id,
      version: 1,
      deadline: '2018-10-31',
      target: '目标',
    });
    expect(same).toMatchObject({ deadline: '2018-10-31', target: '目标', version: 2 });
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const task = await makeTask(t.db, { issueId });
    await updateTask(asOffice(), { id: task.id, version: 1, measure: 'a' });
    expect((await failure(updateTask(asOffice(), { id: task.id, version: 1, measure: 'b' }))).code).toBe(
      'CONFLICT',
    );
    expect((await failure(updateTask(asOffice(), { id: 999_999, version: 1, measure: 'b' }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('assign-task', () => {
  it('replaces leader, lead unit and co-units, audited before and after', async () => {
    const [l1, l2] = [await makeLeader(t.db), await makeLeader(t.db)];
    const [u1, u2, u3] = [await makeUnit(t.db), await makeUnit(t.db), await makeUnit(t.db)];
    const task = await makeTask(t.db, { issueId, leaderId: l1.id, leadUnitId: u1.id, coUnitIds: [u2.id] });
    const assigned = await assignTask(asOffice(), {
      id: task.id,
      version: 1,
      leaderId: l2.id,
      leadUnitId: u2.id,
      coUnitIds: [u3.id, u1.id],
    });
    expect(assigned).toMatchObject({
      leaderId: l2.id,
      leadUnitId: u2.id,
      coUnitIds: [u1.id, u3.id],
      version: 2,
    });
    expect(await coUnitsOf(t.db, task.id)).toEqual([u1.id, u3.id]);
    const [audit] = await auditOf(t.db, 'task', task.id);
    expect(audit).toMatchObject({ action: 'task.assign' });
    expect(audit!.before).toMatchObject({ leaderId: l1.id, leadUnitId: u1.id, coUnitIds: [u2.id] });
    expect(audit!.after).toMatchObject({ leaderId: l2.id, leadUnitId: u2.id, coUnitIds: [u1.id, u3.id] });
  });

  it('refuses a lead unit that is also a co-unit, and unknown leaders and units, all at once', async () => {
    const unit = await makeUnit(t.db);
    const task = await makeTask(t.db, { issueId });
    const error = await failure(
      assignTask(asOffice(), {
        id: task.id,
        version: 1,
        leaderId: 999_999,
        leadUnitId: unit.id,
        coUnitIds: [unit.id, 999_998],
      }),
    );
    expect(fieldCodes(error)).toEqual([
      'coUnitIds:LEAD_IS_CO_UNIT',
      'coUnitIds:NOT_FOUND',
      'leaderId:NOT_FOUND',
    ]);
    expect(await coUnitsOf(t.db, task.id)).toEqual([]);
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const task = await makeTask(t.db, { issueId });
    const input = { id: task.id, version: 1, leaderId: null, leadUnitId: null, coUnitIds: [] };
    await assignTask(asOffice(), input);
    expect((await failure(assignTask(asOffice(), input))).code).toBe('CONFLICT');
    expect((await failure(assignTask(asOffice(), { ...input, id: 999_999 }))).code).toBe('NOT_FOUND');
  });
});

describe('bulk-assign-tasks', () => {
  it('assigns every task, one audit event each, keeping what was not given', async () => {
    const [leader, unit, co] = [await makeLeader(t.db), await makeUnit(t.db), await makeUnit(t.db)];
    const made = [
      await makeTask(t.db, { issueId }),
      await makeTask(t.db, { issueId, coUnitIds: [co.id] }),
      await makeTask(t.db, { issueId }),
    ];
    const leaderKept = await makeLeader(t.db);
    await t.db.update(tasks).set({ leaderId: leaderKept.id }).where(eq(tasks.id, made[2]!.id));
    const ids = made.map((task) => task.id);
    const written = await bulkAssignTasks(asOffice(), { taskIds: [...ids, ids[0]!], leadUnitId: unit.id });
    expect(written.map((task) => [task.id, task.leadUnitId, task.version])).toEqual(
      ids.map((id) => [id, unit.id, 2]),
    );
    expect(written[1]!.coUnitIds).toEqual([co.id]);
    expect(written[2]!.leaderId).toBe(leaderKept.id);
    for (const id of ids) {
      const audits = await auditOf(t.db, 'task', id);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        action: 'task.assign',
        before: { leadUnitId: null },
        after: { leadUnitId: unit.id },
      });
    }
    const both = await bulkAssignTasks(asOffice(), { taskIds: ids, leaderId: leader.id, leadUnitId: null });
    expect(both.map((task) => [task.leaderId, task.leadUnitId])).toEqual(ids.map(() => [leader.id, null]));
  });

  it('writes nothing when any id is bad, and names every bad id', async () => {
    const unit = await makeUnit(t.db);
    const good = [await makeTask(t.db, { issueId }), await makeTask(t.db, { issueId, coUnitIds: [unit.id] })];
    const error = await failure(
      bulkAssignTasks(asOffice(), {
        taskIds: [good[0]!.id, 999_999, good[1]!.id, 999_998],
        leadUnitId: unit.id,
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors.map((e) => `${e.field}:${e.code}:${e.message.en}`)).toEqual([
      'taskIds:NOT_FOUND:Task 999999 not found',
      `leadUnitId:LEAD_IS_CO_UNIT:the lead unit of task ${good[1]!.id} cannot also be a co-operating unit`,
      'taskIds:NOT_FOUND:Task 999998 not found',
    ]);
    const rows = await t.db
      .select()
      .from(tasks)
      .where(
        inArray(
          tasks.id,
          good.map((task) => task.id),
        ),
      );
    expect(rows.map((row) => [row.leadUnitId, row.version])).toEqual([
      [null, 1],
      [null, 1],
    ]);
    for (const task of good) expect(await auditOf(t.db, 'task', task.id)).toEqual([]);
  });

  it('needs tasks and something to assign', async () => {
    const error = await failure(bulkAssignTasks(asOffice(), { taskIds: [], leaderId: 999_999 }));
    expect(fieldCodes(error)).toEqual(['leaderId:NOT_FOUND', 'taskIds:REQUIRED']);
    const task = await makeTask(t.db, { issueId });
    const nothing = await failure(bulkAssignTasks(asOffice(), { taskIds: [task.id] }));
    expect(fieldCodes(nothing)).toEqual(['leaderId:REQUIRED']);
  });
});
