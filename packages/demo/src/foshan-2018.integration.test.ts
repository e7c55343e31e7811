import { auditEvents, issues, leaders, tasks, units, users } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { verifyPassword } from '@rectify/services';
import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import type { DemoCounts, DemoIssue } from './demo-ledger.js';
import { loadDemoLedger, readDemoLedger } from './load-demo-ledger.js';

// The real demo data, data/foshan-2018.json, loaded into a fresh database exactly as the API and CLI load it.
let t: TestDatabase;
const ledger = readDemoLedger();
const flatten = (list: DemoIssue[]): DemoIssue[] =>
  list.flatMap((issue) => [issue, ...flatten(issue.children)]);
const allIssues = flatten(ledger.issues);
const allTasks = allIssues.flatMap((issue) => issue.tasks);
let counts: DemoCounts;
let loadMs = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  const started = performance.now();
  counts = await loadDemoLedger(t.db, { dates: 'historical' });
  loadMs = performance.now() - started;
  console.log(`demo ledger loaded in ${Math.round(loadMs)} ms on ${t.driver}: ${JSON.stringify(counts)}`);
}, 300_000);
afterAll(async () => {
  await t?.close();
});

describe('the Foshan 2018 demo ledger', () => {
  it('holds every record of the file', () => {
    expect(counts).toEqual({
      units: ledger.units.length,
      leaders: ledger.leaders.length,
      users: DEMO_ACCOUNTS.length,
      inspections: 1,
      issues: allIssues.length,
      tasks: allTasks.length,
      coUnits: allTasks.reduce((n, task) => n + new Set(task.coUnitKeys).size, 0),
      progressReports: allTasks.reduce((n, task) => n + task.progress.length, 0),
    });
  });

  it('keeps the printed codes in document order and every task in the status the file records', async () => {
    const tree = await t.db.select().from(issues).orderBy(asc(issues.sortKey));
    expect(tree.map((issue) => issue.code)).toEqual(allIssues.map((issue) => issue.code));
    expect(tree.filter((issue) => issue.parentId == null).map((issue) => issue.kind)).toEqual(
      ledger.issues.map(() => 'AREA'),
    );
    const byStatus = (statuses: string[]) => {
      const tally: Record<string, number> = {};
      for (const status of statuses) tally[status] = (tally[status] ?? 0) + 1;
      return tally;
    };
    const rows = await t.db.select({ status: tasks.status }).from(tasks);
    expect(byStatus(rows.map((row) => row.status))).toEqual(byStatus(allTasks.map((task) => task.status)));
  });

  it('binds the demo accounts, which sign in with the demo password, to the records the file names', async () => {
    const accounts = await t.db
      .select()
      .from(users)
      .where(
        inArray(
          users.username,
          DEMO_ACCOUNTS.map((a) => a.username),
        ),
      );
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    const unitNames = new Map((await t.db.select().from(units)).map((u) => [u.id, u.name]));
    const leaderNames = new Map((await t.db.select().from(leaders)).map((l) => [l.id, l.name]));
    for (const account of DEMO_ACCOUNTS) {
      const user = accounts.find((u) => u.username === account.username)!;
      expect(user.role, account.username).toBe(account.role);
      expect(user.active).toBe(true);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD), account.username).toBe(true);
      if (account.role === 'UNIT') {
        const unit = ledger.units.find((u) => u.key === account.unitKey)!;
        expect(unitNames.get(user.unitId!), account.username).toBe(unit.name);
      }
      if (account.role === 'LEADER') {
        const leader = ledger.leaders.find((l) => l.key === account.leaderKey)!;
        expect(leaderNames.get(user.leaderId!), account.username).toBe(leader.name);
      }
    }
  });

  it('gives the unit and leader accounts tasks to act on', () => {
    const unit = DEMO_ACCOUNTS.find((a) => a.username === 'unit')!.unitKey;
    const leader = DEMO_ACCOUNTS.find((a) => a.username === 'leader')!.leaderKey;
    expect(allTasks.filter((task) => task.leadUnitKey === unit).length).toBeGreaterThanOrEqual(3);
    expect(allTasks.filter((task) => task.coUnitKeys.includes(unit!)).length).toBeGreaterThanOrEqual(1);
    expect(allTasks.filter((task) => task.leaderKey === leader).length).toBeGreaterThanOrEqual(10);
  });

  it('changes nothing when loaded a second time', async () => {
    const audits = await t.db.$count(auditEvents);
    expect(await loadDemoLedger(t.db, { dates: 'historical' })).toEqual(counts);
    expect(await t.db.$count(auditEvents)).toBe(audits);
  });
});
