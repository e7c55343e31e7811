import { progressReports, tasks, users } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { type Actor, userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { reportProgress } from './report-progress.js';

let t: TestDatabase;
let issueId = 0;
const ids = { lead: 0, co: 0, other: 0 };
let leadActor: Actor;
const now = new Date('2018-10-11T15:20:00+08:00');
const report = { period: '2018-10-08', text: '已建立“第一议题”学习制度。', percent: 50 };

beforeAll(async () => {
  t = await createTestDatabase();
  const inspection = await makeInspection(t.db);
  issueId = (await makeIssue(t.db, { inspectionId: inspection.id })).id;
  ids.lead = (await makeUnit(t.db, { name: '市委宣传部' })).id;
  ids.co = (await makeUnit(t.db, { name: '市委办公室' })).id;
  ids.other = (await makeUnit(t.db, { name: '南海区' })).id;
  const [user] = await t.db
    .insert(users)
    .values({
      username: 'publicity',
      displayName: '宣传部联络员',
      passwordHash: 'x',
      role: 'UNIT',
      unitId: ids.lead,
    })
    .returning();
  leadActor = userActor('UNIT', user!.id, { unitId: ids.lead });
});
afterAll(async () => {
  await t?.close();
});

const newTask = (values: Partial<typeof tasks.$inferInsert> = {}) =>
  makeTask(t.db, { issueId, leadUnitId: ids.lead, coUnitIds: [ids.co], ...values });
const reportsOf = (taskId: number) =>
  t.db.select().from(progressReports).where(eq(progressReports.taskId, taskId));

describe('report-progress', () => {
  it("records the lead unit's report and starts a task that had not started, auditing both", async () => {
    const task = await newTask();
    const { progressReport, task: started } = await reportProgress(contextFor(t.db, leadActor, { now }), {
      taskId: task.id,
      ...report,
    });
    expect(progressReport).toMatchObject({
      taskId: task.id,
      unitId: ids.lead,
      reportedById: leadActor.userId,
      reportedAt: now,
      ...report,
    });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', version: 2, coUnitIds: [ids.co] });
    const [reportAudit] = await auditOf(t.db, 'progressReport', progressReport.id);
    expect(reportAudit).toMatchObject({
      action: 'progress.report',
      actorUserId: leadActor.userId,
      before: null,
    });
    expect(reportAudit!.after).toMatchObject({ percent: 50, period: '2018-10-08' });
    const [taskAudit] = await auditOf(t.db, 'task', task.id);
    expect(taskAudit).toMatchObject({
      action: 'task.start',
      before: { status: 'NOT_STARTED', version: 1 },
      after: { status: 'IN_PROGRESS', version: 2 },
    });

    const again = await reportProgress(contextFor(t.db, leadActor), {
      taskId: task.id,
      ...report,
      percent: 80,
    });
    expect(again.task).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect(await reportsOf(task.id)).toHaveLength(2);
    expect(await auditOf(t.db, 'task', task.id)).toHaveLength(1);
  });

  it('keeps reporting on ongoing or closure-requested tasks, but not on closed ones', async () => {
    const ongoing = await newTask({ status: 'ONGOING', term: 'LONG_TERM' });
    const result = await reportProgress(contextFor(t.db, leadActor), { taskId: ongoing.id, ...report });
    expect(result.task).toMatchObject({ status: 'ONGOING', version: 1 });
    const closed = await newTask({ status: 'CLOSED' });
    const error = await failure(
      reportProgress(contextFor(t.db, leadActor), { taskId: closed.id, ...report }),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(await reportsOf(closed.id)).toEqual([]);
  });

  it('lets a co-operating unit see the task but not report on it', async () => {
    const task = await newTask();
    const co = contextFor(t.db, userActor('UNIT', 99, { unitId: ids.co }));
    const error = await failure(reportProgress(co, { taskId: task.id, ...report }));
    expect(error.code).toBe('FORBIDDEN');
    expect(fieldCodes(error)).toEqual(['taskId:NOT_LEAD_UNIT']);
    expect(await reportsOf(task.id)).toEqual([]);
  });

  it('answers an unrelated unit exactly as for a task that does not exist', async () => {
    const task = await newTask();
    const stranger = contextFor(t.db, userActor('UNIT', 98, { unitId: ids.other }));
    const hidden = await failure(reportProgress(stranger, { taskId: task.id, ...report }));
    const missing = await failure(reportProgress(stranger, { taskId: 999_999, ...report }));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(hidden.label).toEqual(missing.label);
    expect(fieldCodes(hidden)).toEqual(['taskId:NOT_FOUND']);
    const unbound = contextFor(t.db, userActor('UNIT', 97));
    expect((await failure(reportProgress(unbound, { taskId: task.id, ...report }))).code).toBe('NOT_FOUND');
    expect(await reportsOf(task.id)).toEqual([]);
  });

  it('reports every invalid field at once', async () => {
    const task = await newTask();
    const error = await failure(
      reportProgress(contextFor(t.db, leadActor), {
        taskId: task.id,
        period: '2018-10-32',
        text: ' ',
        percent: 101,
      }),
    );
    expect(fieldCodes(error)).toEqual(['percent:OUT_OF_RANGE', 'period:INVALID_DATE', 'text:REQUIRED']);
    const fraction = await failure(
      reportProgress(contextFor(t.db, leadActor), { taskId: task.id, ...report, period: '', percent: 12.5 }),
    );
    expect(fieldCodes(fraction)).toEqual(['percent:OUT_OF_RANGE', 'period:REQUIRED']);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ status: 'NOT_STARTED', version: 1 });
  });
});
