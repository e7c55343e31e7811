import {
  auditEvents,
  findings,
  notifications,
  supervisionGroups,
  supervisionVisits,
  tasks,
} from '@rectify/db';
import { partnerActor } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, fieldCodes } from '../testing/assertions.js';
import { requestClosure } from '../workflow/request-closure.js';
import { type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { updateWarningSettings } from '../workflow/update-warning-settings.js';
import { runDailyDigest } from './daily-digest.js';
import { listNotifications } from './inbox.js';
import { markNotificationsRead } from './mark-notifications-read.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

const at = (date: string) => new Date(`${date}T07:00:00+08:00`);
const reminders = (taskId: number) =>
  f.t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.entity, 'task'), eq(notifications.entityId, taskId)))
    .orderBy(notifications.id);

describe('the inbox', () => {
  it('holds each user’s own items, in their language, and marks them read', async () => {
    const task = await f.newTask();
    await f.upload(task.id);
    await requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement: '已完成' });
    const zh = await listNotifications(f.ctx(f.as.leader), { page: {} });
    expect(zh).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(zh.nodes[0]).toMatchObject({ kind: 'REVIEW_REQUESTED', entity: 'closureRequest', readAt: null });
    expect(zh.nodes[0]!.message).toMatch(/申请销号，请签字背书$/);
    const en = await listNotifications({ ...f.ctx(f.as.leader), locale: 'en' }, { page: {} });
    expect(en.nodes[0]!.message).toMatch(/^Closure of .* is requested: please endorse it$/);
    expect((await listNotifications(f.ctx(f.as.otherLeader), { page: {} })).totalCount).toBe(0);

    const id = zh.nodes[0]!.id;
    const stranger = await failure(markNotificationsRead(f.ctx(f.as.otherLeader), { ids: [id] }));
    expect([stranger.code, ...fieldCodes(stranger)]).toEqual(['NOT_FOUND', 'ids:NOT_FOUND']);
    expect(await markNotificationsRead(f.ctx(f.as.leader), { ids: [id] })).toBe(1);
    expect(await markNotificationsRead(f.ctx(f.as.leader), { ids: [id] })).toBe(0);
    const read = await listNotifications(f.ctx(f.as.leader), { page: {}, unreadOnly: true });
    expect(read).toMatchObject({ totalCount: 0, unreadCount: 0, nodes: [] });
    expect(
      (await listNotifications(f.ctx(f.as.leader), { page: {}, kind: ['REVIEW_REQUESTED'] })).totalCount,
    ).toBe(1);
    expect((await listNotifications(f.ctx(f.as.leader), { page: {}, kind: ['OVERDUE'] })).totalCount).toBe(0);
    // A partner token is no person and has no inbox.
    expect(
      (await failure(listNotifications(f.ctx(partnerActor(1, ['FIGURES_READ'])), { page: {} }))).code,
    ).toBe('UNAUTHENTICATED');
  });

  it('marks every unread item at once', async () => {
    const task = await f.newTask();
    await f.upload(task.id, 'all at once');
    await requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement: '已完成' });
    expect(await markNotificationsRead(f.ctx(f.as.leader), {})).toBeGreaterThan(0);
    expect((await listNotifications(f.ctx(f.as.leader), { page: {} })).unreadCount).toBe(0);
    const [audit] = await f.t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'notification.markRead'));
    expect(audit).toMatchObject({ actorUserId: f.as.leader.userId });
  });
});

describe('the daily digest', () => {
  it('reminds at each lead time and weekly when overdue, once per stage, and stops when the task is closed', async () => {
    await f.t.db.delete(notifications);
    await f.t.db.update(tasks).set({ status: 'CLOSED' });
    const task = await f.newTask({ deadline: '2019-01-31' });
    const run = (date: string) => runDailyDigest(f.t.db, { now: at(date) });

    expect((await run('2019-01-01')).created.deadlineNear).toBe(0); // 30 days ahead: no lead time reached
    const first = await run('2019-01-11'); // 20 days ahead
    expect(first.created).toEqual({ deadlineNear: 2, overdue: 0, findingsOverdue: 0 });
    expect(first.recipients).toBe(2);
    expect((await reminders(task.id)).map((n) => [n.kind, n.userId])).toEqual([
      ['DEADLINE_NEAR', f.as.unit.userId],
      ['DEADLINE_NEAR', f.as.leader.userId],
    ]);
    // Idempotent within a day, and quiet until the next lead time.
    expect((await run('2019-01-11')).created.deadlineNear).toBe(0);
    expect((await run('2019-01-15')).created.deadlineNear).toBe(0);
    expect((await run('2019-01-21')).created.deadlineNear).toBe(2); // 10 days ahead
    expect((await run('2019-01-25')).created.deadlineNear).toBe(0);
    // Overdue: on the first day past the deadline, then once each week.
    expect((await run('2019-02-01')).created.overdue).toBe(2);
    expect((await run('2019-02-03')).created.overdue).toBe(0);
    expect((await run('2019-02-04')).created.overdue).toBe(2); // a new week
    expect((await run('2019-02-04')).created.overdue).toBe(0);
    const [message] = (await reminders(task.id)).slice(-1);
    expect(message!.message.zh).toMatch(/已超过完成时限（2019年1月31日）4天/);

    // Closed (or ongoing) tasks are reminded of no more.
    await f.t.db.update(tasks).set({ status: 'CLOSED' }).where(eq(tasks.id, task.id));
    const before = (await reminders(task.id)).length;
    expect((await run('2019-02-11')).created.overdue).toBe(0);
    expect(await reminders(task.id)).toHaveLength(before);
  });

  it('follows the lead times the office sets, and summarises the day', async () => {
    await f.t.db.delete(notifications);
    await f.t.db.update(tasks).set({ status: 'CLOSED' });
    const task = await f.newTask({ deadline: '2019-03-31' });
    await updateWarningSettings(f.ctx(f.as.office), { yellowDays: 30, reminderDays: [30], version: 1 });
    const summary = await runDailyDigest(f.t.db, { now: at('2019-03-01') });
    expect(summary).toMatchObject({
      date: '2019-03-01',
      created: { deadlineNear: 2 },
      openTasks: 1,
      overdueTasks: 0,
      dueSoon: 1,
      missingReports: 1,
    });
    expect((await reminders(task.id)).map((n) => n.kind)).toEqual(['DEADLINE_NEAR', 'DEADLINE_NEAR']);
    const [audit] = await f.t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'notification.digest'), eq(auditEvents.entityId, '2019-03-01')));
    expect(audit?.after).toMatchObject({ created: { deadlineNear: 2 } });
  });

  it('reminds the unit weekly of findings past their response date until it responds', async () => {
    await f.t.db.delete(notifications);
    const [group] = await f.t.db
      .insert(supervisionGroups)
      .values({ name: '第一督查组', headName: '张三' })
      .returning();
    const [visit] = await f.t.db
      .insert(supervisionVisits)
      .values({
        groupId: group!.id,
        unitId: f.unitIds.lead,
        visitDate: '2019-03-01',
        method: 'ON_SITE',
        summary: '实地查看',
      })
      .returning();
    const [finding] = await f.t.db
      .insert(findings)
      .values({ visitId: visit!.id, text: '台账不全', responseDue: '2019-03-10' })
      .returning();
    expect((await runDailyDigest(f.t.db, { now: at('2019-03-10') })).created.findingsOverdue).toBe(0);
    const late = await runDailyDigest(f.t.db, { now: at('2019-03-11') });
    expect(late).toMatchObject({
      created: { findingsOverdue: 1 },
      findingsOverdue: 1,
      findingsAwaitingResponse: 1,
    });
    expect((await runDailyDigest(f.t.db, { now: at('2019-03-12') })).created.findingsOverdue).toBe(0);
    await f.t.db.update(findings).set({ status: 'RESPONDED' }).where(eq(findings.id, finding!.id));
    expect((await runDailyDigest(f.t.db, { now: at('2019-03-18') })).created.findingsOverdue).toBe(0);
  });
});
