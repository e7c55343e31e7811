import { auditEvents, clueCases, findings, inspections, progressReports, tasks } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { systemActor, type WarningLevel, warningLevelOf } from '@rectify/domain';
import { getLedgerFigures } from '@rectify/services';
import { eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLedger } from './load-demo-ledger.js';

// The real demo, its dates placed relative to a fixed "today" (as `today` does on that day), loaded as the API
// and the CLI load it: what a visitor sees on the day the demo was loaded.
const AS_OF = '2026-12-02';
const now = new Date(`${AS_OF}T18:00:00+08:00`);
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadDemoLedger(t.db, { dates: AS_OF });
}, 300_000);
afterAll(async () => {
  await t?.close();
});

describe('the demo ledger placed relative to today', () => {
  it('has red, yellow and green tasks', async () => {
    const rows = await t.db.select({ status: tasks.status, deadline: tasks.deadline }).from(tasks);
    const tally: Partial<Record<WarningLevel, number>> = {};
    for (const task of rows) {
      const level = warningLevelOf(task, AS_OF);
      tally[level] = (tally[level] ?? 0) + 1;
    }
    console.log(`warning colours as of ${AS_OF}: ${JSON.stringify(tally)}`);
    expect(tally.RED).toBeGreaterThan(0);
    expect(tally.YELLOW).toBeGreaterThan(0);
    expect(tally.GREEN).toBeGreaterThan(0);
  });

  it('has deadlines in the next eight weeks and overdue tasks, as the dashboard counts them', async () => {
    const figures = await getLedgerFigures(
      { db: t.db, actor: systemActor('OFFICE'), locale: 'zh', now: () => now },
      {},
    );
    const ahead = figures.deadlinesAhead.reduce((n, week) => n + week.count, 0);
    console.log(
      `as of ${AS_OF}: ${figures.tasks.overdue} overdue, ${ahead} due in the next eight weeks ` +
        `(${figures.deadlinesAhead.map((w) => w.count).join(' ')})`,
    );
    expect(figures.tasks.overdue).toBeGreaterThan(0);
    expect(ahead).toBeGreaterThan(0);
  });

  it('gives the task reopened by the look-back a new deadline a fortnight on: yellow', async () => {
    const [reopen] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'task.reopen'));
    expect(reopen).toBeDefined();
    const [task] = await t.db
      .select()
      .from(tasks)
      .where(eq(tasks.id, Number(reopen!.entityId)));
    expect(task!.deadline).toBe('2026-12-16');
    expect(warningLevelOf(task!, AS_OF)).toBe('YELLOW');
  });

  it('moves the inspection, the reports, the findings and the clue cases with the ledger', async () => {
    const [inspection] = await t.db.select().from(inspections);
    expect(inspection).toMatchObject({ feedbackDate: '2026-07-30', rectificationDeadline: '2026-11-30' });
    // Everything the loader writes stands before the as-of day's 10:00 in Beijing, none of it in 2018.
    const asOfMoment = Date.parse(`${AS_OF}T10:00:00+08:00`);
    const [reports] = await t.db.select({ last: max(progressReports.reportedAt) }).from(progressReports);
    expect(reports!.last!.getTime()).toBeLessThanOrEqual(asOfMoment);
    expect(reports!.last!.getTime()).toBeGreaterThan(asOfMoment - 10 * 86_400_000);
    const dues = (await t.db.select({ due: findings.responseDue }).from(findings)).map((f) => f.due).sort();
    // The seed's open findings are due from 2018-11-22 to 2018-11-30.
    expect([dues[0], dues.at(-1)]).toEqual(['2026-11-28', '2026-12-06']);
    const received = (await t.db.select({ day: clueCases.receivedDate }).from(clueCases)).map((c) => c.day);
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((day) => day.startsWith('2026-'))).toBe(true);
  });
});
