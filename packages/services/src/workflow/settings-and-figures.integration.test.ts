import { progressReports } from '@rectify/db';
import { warningLevelOf } from '@rectify/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWarningSettings } from '../settings/warning-settings.js';
import { failure, fieldCodes } from '../testing/assertions.js';
import { approveClosureRequest } from './approve-closure-request.js';
import { endorseClosureRequest } from './endorse-closure-request.js';
import { requestClosure } from './request-closure.js';
import { requestExtension } from './request-extension.js';
import { rolesWithout, type WorkflowFixture, workflowFixture } from './test-fixture.js';
import { updateReportingSettings } from './update-reporting-settings.js';
import { updateWarningSettings } from './update-warning-settings.js';
import { getWeeklySummary } from './weekly-summary.js';
import { getWorkflowSettings, periodStartOf } from './workflow-settings.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

describe('reporting periods', () => {
  it('start on the Monday, every other Monday, or the first of the month', () => {
    expect(periodStartOf('WEEKLY', '2018-11-26')).toBe('2018-11-26');
    expect(periodStartOf('WEEKLY', '2018-12-02')).toBe('2018-11-26');
    // Counted from Monday 2018-01-01: 2018-11-26 is week 47 (odd), so its period began 2018-11-19.
    expect(periodStartOf('BIWEEKLY', '2018-11-26')).toBe('2018-11-19');
    expect(periodStartOf('BIWEEKLY', '2018-12-03')).toBe('2018-12-03');
    expect(periodStartOf('BIWEEKLY', '2017-12-28')).toBe('2017-12-18');
    expect(periodStartOf('MONTHLY', '2018-11-26')).toBe('2018-11-01');
  });
});

describe('the office’s settings', () => {
  it('changes the warning lead times, which every later read uses', async () => {
    expect((await getWorkflowSettings(f.t.db)).warnings).toEqual({
      yellowDays: 20,
      reminderDays: [20, 10],
      version: 1,
    });
    const task = { status: 'IN_PROGRESS' as const, deadline: '2018-12-31' };
    expect(warningLevelOf(task, '2018-11-26', await getWarningSettings(f.t.db))).toBe('GREEN');
    const saved = await updateWarningSettings(f.ctx(f.as.office), {
      yellowDays: 40,
      reminderDays: [10, 30, 5],
      version: 1,
    });
    expect(saved).toEqual({ yellowDays: 40, reminderDays: [30, 10, 5], version: 2 });
    expect(warningLevelOf(task, '2018-11-26', await getWarningSettings(f.t.db))).toBe('YELLOW');
    expect((await getWorkflowSettings(f.t.db)).warnings).toEqual(saved);
    const stale = await failure(
      updateWarningSettings(f.ctx(f.as.office), { yellowDays: 5, reminderDays: [5], version: 1 }),
    );
    expect(stale.code).toBe('CONFLICT');
    const invalid = await failure(
      updateWarningSettings(f.ctx(f.as.office), { yellowDays: -1, reminderDays: [0, 400, 400], version: 2 }),
    );
    expect(fieldCodes(invalid)).toEqual([
      'reminderDays:DUPLICATE',
      'reminderDays:OUT_OF_RANGE',
      'yellowDays:OUT_OF_RANGE',
    ]);
    for (const actor of rolesWithout('settings.write'))
      expect(
        (await failure(updateWarningSettings(f.ctx(actor), { yellowDays: 5, reminderDays: [5], version: 2 })))
          .code,
        actor.role,
      ).toBe('FORBIDDEN');
    await updateWarningSettings(f.ctx(f.as.office), { yellowDays: 20, reminderDays: [20, 10], version: 2 });
  });

  it('changes the reporting cadence (weekly by default)', async () => {
    expect((await getWorkflowSettings(f.t.db)).reporting).toEqual({ cadence: 'WEEKLY', version: 1 });
    const saved = await updateReportingSettings(f.ctx(f.as.office), { cadence: 'MONTHLY', version: 1 });
    expect(saved).toEqual({ cadence: 'MONTHLY', version: 2 });
    expect(
      fieldCodes(
        await failure(updateReportingSettings(f.ctx(f.as.office), { cadence: 'DAILY' as never, version: 2 })),
      ),
    ).toEqual(['cadence:INVALID']);
    for (const actor of rolesWithout('settings.write'))
      expect(
        (await failure(updateReportingSettings(f.ctx(actor), { cadence: 'WEEKLY', version: 2 }))).code,
      ).toBe('FORBIDDEN');
    await updateReportingSettings(f.ctx(f.as.office), { cadence: 'WEEKLY', version: 2 });
  });
});

describe('the weekly summary (一周一小结)', () => {
  it('counts closures of the week, reports made and missing, per unit and per leader, in the reader’s scope', async () => {
    // The fixture's clock is Monday 2018-11-26; the week before is 2018-11-19 … 25.
    const lastWeek = (day: number, time = '10:00:00') => `2018-11-${day}T${time}+08:00`;
    const closed = await f.newTask();
    await f.upload(closed.id);
    const { closureRequest } = await requestClosure(f.ctx(f.as.unit, lastWeek(20)), {
      taskId: closed.id,
      statement: '已完成',
    });
    await endorseClosureRequest(f.ctx(f.as.leader, lastWeek(21)), {
      id: closureRequest.id,
      version: 1,
      decision: 'APPROVE',
    });
    await approveClosureRequest(f.ctx(f.as.office, lastWeek(22)), {
      id: closureRequest.id,
      version: 2,
      decision: 'APPROVE',
    });
    const reported = await f.newTask({ deadline: '2018-11-01' });
    await f.t.db.insert(progressReports).values({
      taskId: reported.id,
      unitId: f.unitIds.lead,
      period: '2018-11-19',
      text: '推进中',
      percent: 50,
      reportedAt: new Date(lastWeek(23)),
    });
    await f.newTask({ leadUnitId: f.unitIds.other, leaderId: f.leaderIds.other, coUnitIds: [] });
    await requestExtension(f.ctx(f.as.unit, lastWeek(24)), {
      taskId: reported.id,
      proposedDeadline: '2018-12-31',
      reason: '需要时间',
    });

    const week = await getWeeklySummary(f.ctx(f.as.office), { date: '2018-11-21' });
    expect(week).toMatchObject({
      weekStart: '2018-11-19',
      weekEnd: '2018-11-25',
      today: '2018-11-26',
      reportingPeriodStart: '2018-11-26',
    });
    expect(week.tasks).toMatchObject({ closedThisWeek: 1, reportedThisWeek: 1, overdue: 1 });
    // Nothing was reported since Monday 2018-11-26: every task that should report is missing its report.
    expect(week.tasks.missingReports).toBe(week.tasks.total - week.tasks.closed);
    expect(week.requests).toMatchObject({
      closureRequested: 1,
      closuresApproved: 1,
      extensionsRequested: 1,
      pendingEndorsement: 1,
    });
    const lead = week.byUnit.find((u) => u.unit.id === f.unitIds.lead)!;
    expect(lead).toMatchObject({
      unit: { name: '市住房城乡建设局' },
      closedThisWeek: 1,
      reportedThisWeek: 1,
    });
    expect(week.byLeader.find((l) => l.leader.id === f.leaderIds.own)).toMatchObject({ closedThisWeek: 1 });

    const thisWeek = await getWeeklySummary(f.ctx(f.as.office));
    expect(thisWeek).toMatchObject({
      weekStart: '2018-11-26',
      tasks: { closedThisWeek: 0, reportedThisWeek: 0 },
    });

    // A leader sees the summary of their own tasks only.
    const own = await getWeeklySummary(f.ctx(f.as.leader), { date: '2018-11-21' });
    expect(own.byLeader.map((l) => l.leader.id)).toEqual([f.leaderIds.own]);
    expect(own.tasks.total).toBeLessThan(week.tasks.total);
    for (const actor of rolesWithout('figures.read'))
      expect((await failure(getWeeklySummary(f.ctx(actor)))).code, actor.role).toBe('FORBIDDEN');
  });
});
