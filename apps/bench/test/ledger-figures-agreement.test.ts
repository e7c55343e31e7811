import { queryRows } from '@rectify/db';
import { createTestDatabase } from '@rectify/db/testing';
import {
  type Actor,
  can,
  countLedger,
  emptyTally,
  isTaskOpen,
  type LedgerCounts,
  ledgerScopeOf,
  partnerActor,
  summariseLedger,
  type TaskFacts,
  type TaskScopeFacts,
  taskVisible,
  userActor,
  WEEKS_AHEAD,
} from '@rectify/domain';
import { scaledCounts, seedScaleLedger } from '@rectify/scale-ledger';
import { countLedgerInSql, getLedgerFigures, todayOf } from '@rectify/services';
import { contextFor } from '@rectify/services/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The dashboard's figures are counted by PostgreSQL (countLedgerInSql) and summed up by the domain
// (summariseCounts). This checks the database counts what the domain's countLedger counts from the task rows
// the caller sees (taskVisible), and so gives the same figures as summariseLedger over those rows, for every
// kind of caller, on a generated ledger (PGlite, or PostgreSQL with DATABASE_URL).

// Today is a day some open task falls due, so that "due today" (not overdue) is counted too.
let now: Date;
let today: string;
let t: Awaited<ReturnType<typeof createTestDatabase>>;
let rows: (TaskFacts & TaskScopeFacts & { inspectionId: number })[];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedScaleLedger(t.db, { seed: 7, counts: scaledCounts(0.03) });
  rows = await queryRows(
    t.db,
    sql`select r.issue_id as "issueId", r.lead_unit_id as "leadUnitId", r.leader_id as "leaderId", r.status,
      r.deadline::text as deadline, i.inspection_id as "inspectionId",
      coalesce((select array_agg(c.unit_id) from task_co_units c where c.task_id = r.id), '{}') as "coUnitIds"
      from tasks r join issues i on i.id = r.issue_id`,
  );
  const dueDates = rows.filter((r) => isTaskOpen(r.status) && r.deadline != null).map((r) => r.deadline!);
  now = new Date(`${dueDates.sort()[Math.floor(dueDates.length / 2)]}T10:00:00+08:00`);
  today = todayOf({ now: () => now });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Counts in a stable order, for comparing. */
const sorted = (c: LedgerCounts) => ({
  ...c,
  issues: c.issues
    .map((i) => ({ statuses: [...i.statuses].sort(), count: i.count }))
    .sort((a, b) => a.statuses.join().localeCompare(b.statuses.join())),
});

function seenBy(actor: Actor, inspectionId: number | null): TaskFacts[] {
  const scope = ledgerScopeOf(actor);
  return rows
    .filter((r) => actor.role === 'PARTNER' || taskVisible(scope, r))
    .filter((r) => inspectionId == null || r.inspectionId === inspectionId)
    .map(({ issueId, leadUnitId, leaderId, status, deadline }) => ({
      issueId,
      leadUnitId,
      leaderId,
      status,
      deadline,
    }));
}

const busiest = (key: 'leadUnitId' | 'leaderId') => {
  const n = new Map<number, number>();
  for (const r of rows) if (r[key] != null) n.set(r[key], (n.get(r[key]) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]![0];
};

describe('the ledger figures counted by the database', () => {
  it('has a ledger with every kind of figure to count', () => {
    const all = summariseLedger(seenBy(userActor('OFFICE', 1), null), today);
    expect(all.tasks.total).toBe(scaledCounts(0.03).tasks);
    expect(all.tasks).toMatchObject({
      closed: expect.any(Number),
      ongoing: expect.any(Number),
      overdue: expect.any(Number),
    });
    expect(Math.min(all.tasks.closed, all.tasks.ongoing, all.tasks.overdue)).toBeGreaterThan(0);
    expect(Math.min(all.issues.ongoing, all.issues.notDone)).toBeGreaterThan(0);
    expect(
      seenBy(userActor('OFFICE', 1), null).some((r) => r.deadline === today && isTaskOpen(r.status)),
    ).toBe(true);
    expect(all.deadlinesAhead.filter((w) => w.count > 0).length).toBeGreaterThan(1);
  });

  const callers: [string, () => Actor][] = [
    ['the office', () => userActor('OFFICE', 1)],
    ['a supervision group', () => userActor('SUPERVISOR', 2)],
    ['a leader', () => userActor('LEADER', 3, { leaderId: busiest('leaderId') })],
    ['a partner', () => partnerActor(4, ['FIGURES_READ'])],
    // A unit may not read the figures (yet): its counts still follow its scope.
    ['a unit', () => userActor('UNIT', 5, { unitId: busiest('leadUnitId') })],
  ];
  it.each(callers)('counts what the domain counts from the rows %s sees', async (_, actorOf) => {
    const actor = actorOf();
    const inspectionId = rows[0]!.inspectionId;
    for (const filter of [null, inspectionId, inspectionId + 1]) {
      const visible = seenBy(actor, filter);
      const ctx = contextFor(t.db, actor, { now });
      const counted = await countLedgerInSql(ctx, { inspectionId: filter }, today);
      expect(sorted(counted)).toEqual(sorted(countLedger(visible, today, WEEKS_AHEAD)));
      if (filter === inspectionId) expect(counted.tasks).not.toEqual(emptyTally());
      if (!can(actor, 'figures.read')) continue;
      const { unitNames, leaders, ...figures } = await getLedgerFigures(ctx, { inspectionId: filter });
      expect(figures).toEqual(summariseLedger(visible, today));
    }
  });
});
