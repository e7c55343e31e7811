import { auditEvents, issues, progressReports, tasks, units, users } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import type { DemoLedger, DemoProgress } from './demo-ledger.js';
import { loadDemoLedger } from './load-demo-ledger.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const progress = (percent: number, reportedAt: string, unitKey = 'housing'): DemoProgress => ({
  unitKey,
  period: reportedAt.slice(0, 10),
  percent,
  text: `完成${percent}%`,
  reportedAt,
});

/** A small ledger with what the loader must get right: parents listed late, nesting, every kind of status. */
function tinyLedger(name = '测试巡视'): DemoLedger {
  return {
    inspection: {
      key: 'tiny',
      name,
      inspectingBody: '省委巡视组',
      inspectedOrganisation: '某市委',
      level: 'PROVINCIAL',
      onSiteFrom: '2018-03-08',
      onSiteTo: '2018-05-11',
      feedbackDate: '2018-07-24',
      rectificationDeadline: '2018-11-24',
    },
    units: [
      { key: 'housing', name: '市住建局', kind: 'GOVERNMENT_DEPARTMENT', parentKey: 'government' },
      { key: 'government', name: '市政府', kind: 'GOVERNMENT_DEPARTMENT', parentKey: null },
      { key: 'district', name: '某区', kind: 'DISTRICT', parentKey: null },
      // The demo accounts are bound to these keys.
      { key: 'housing-construction', name: '住建', kind: 'GOVERNMENT_DEPARTMENT', parentKey: 'government' },
      { key: 'nanhai', name: '南海区', kind: 'DISTRICT', parentKey: null },
    ],
    leaders: [
      { key: 'vice-mayor-land', name: '副市长', post: '副市长', unitKey: 'government', groupRole: 'MEMBER' },
      { key: 'secretary', name: '书记', post: '市委书记', unitKey: null, groupRole: 'HEAD' },
    ],
    issues: [
      {
        code: '二(一)',
        kind: 'AREA',
        title: '方面一',
        responseText: null,
        leadLeaderKey: 'secretary',
        leadUnitKey: null,
        tasks: [],
        children: [
          {
            code: '二(一)1.',
            kind: 'PROBLEM',
            title: '问题一',
            responseText: '认真剖析',
            leadLeaderKey: 'vice-mayor-land',
            leadUnitKey: 'housing',
            tasks: [
              {
                ordinal: '一是',
                measure: '已完成的措施',
                leaderKey: 'vice-mayor-land',
                leadUnitKey: 'housing',
                coUnitKeys: ['district', 'government'],
                deadline: '2018-10-31',
                term: 'BY_DEADLINE',
                status: 'CLOSED',
                // Out of order on purpose: reports are entered in time order.
                progress: [
                  progress(100, '2018-10-20T10:00:00+08:00'),
                  progress(40, '2018-09-01T10:00:00+08:00'),
                ],
              },
              {
                ordinal: '二是',
                measure: '未启动的措施',
                leaderKey: null,
                leadUnitKey: 'district',
                coUnitKeys: [],
                deadline: null,
                term: 'IMMEDIATE',
                status: 'NOT_STARTED',
                progress: [],
              },
            ],
            children: [
              {
                code: '二(一)1.(1)',
                kind: 'MANIFESTATION',
                title: '具体表现',
                responseText: null,
                leadLeaderKey: null,
                leadUnitKey: null,
                children: [],
                tasks: [
                  {
                    ordinal: '',
                    measure: '长期坚持的措施',
                    leaderKey: 'vice-mayor-land',
                    leadUnitKey: 'housing',
                    coUnitKeys: ['district'],
                    deadline: '2018-11-24',
                    term: 'LONG_TERM',
                    status: 'ONGOING',
                    progress: [progress(90, '2018-11-15T11:45:00+08:00')],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        code: '二(二)',
        kind: 'AREA',
        title: '方面二',
        responseText: null,
        leadLeaderKey: null,
        leadUnitKey: null,
        children: [],
        tasks: [
          {
            ordinal: '一是',
            measure: '申请销号的措施',
            leaderKey: null,
            leadUnitKey: 'district',
            coUnitKeys: [],
            deadline: '2018-11-30',
            term: 'BY_DEADLINE',
            status: 'CLOSURE_REQUESTED',
            progress: [progress(100, '2018-11-20T09:00:00+08:00', 'district')],
          },
        ],
      },
    ],
  };
}

describe('loadDemoLedger', () => {
  it('writes the ledger through the use cases, in document order, with every status and report', async () => {
    const counts = await loadDemoLedger(t.db, { dates: 'historical', data: tinyLedger() });
    expect(counts).toEqual({
      units: 5,
      leaders: 2,
      users: DEMO_ACCOUNTS.length,
      inspections: 1,
      issues: 4,
      tasks: 4,
      coUnits: 3,
      progressReports: 4,
    });
    const tree = await t.db.select().from(issues).orderBy(asc(issues.sortKey));
    expect(tree.map((i) => [i.code, i.sortKey, i.kind])).toEqual([
      ['二(一)', '0001', 'AREA'],
      ['二(一)1.', '0001.0001', 'PROBLEM'],
      ['二(一)1.(1)', '0001.0001.0001', 'MANIFESTATION'],
      ['二(二)', '0002', 'AREA'],
    ]);
    const rows = await t.db.select().from(tasks).orderBy(asc(tasks.id));
    expect(rows.map((r) => [r.measure, r.status, r.position])).toEqual([
      ['已完成的措施', 'CLOSED', 1],
      ['未启动的措施', 'NOT_STARTED', 2],
      ['长期坚持的措施', 'ONGOING', 1],
      ['申请销号的措施', 'CLOSURE_REQUESTED', 1],
    ]);
    const [housing] = await t.db.select().from(units).where(eq(units.name, '市住建局'));
    const reports = await t.db
      .select()
      .from(progressReports)
      .where(eq(progressReports.taskId, rows[0]!.id))
      .orderBy(asc(progressReports.id));
    expect(reports.map((r) => [r.percent, r.unitId, r.reportedAt.toISOString()])).toEqual([
      [40, housing!.id, '2018-09-01T02:00:00.000Z'],
      [100, housing!.id, '2018-10-20T02:00:00.000Z'],
    ]);
    // Each step is audited like a user's: the creation, the start by the first report, the recorded status.
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String(rows[0]!.id)));
    expect(audit.filter((a) => a.entity === 'task').map((a) => a.action)).toEqual([
      'task.create',
      'task.start',
      'task.importStatus',
    ]);
  });

  it('changes nothing when loaded again, and finds its accounts', async () => {
    const before = await t.db.$count(auditEvents);
    const again = await loadDemoLedger(t.db, { dates: 'historical', data: tinyLedger() });
    expect(again).toMatchObject({ units: 5, issues: 4, tasks: 4, progressReports: 4 });
    expect(await t.db.$count(auditEvents)).toBe(before);
    const accounts = await t.db.select().from(users);
    expect(accounts.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    const unit = accounts.find((u) => u.username === 'unit')!;
    const [bound] = await t.db.select().from(units).where(eq(units.id, unit.unitId!));
    expect(bound!.name).toBe('住建');
  });

  it('leaves nothing behind when the data is wrong', async () => {
    const bad = tinyLedger('有错的巡视');
    bad.units = bad.units.map((u) => ({ ...u, name: `${u.name}二` }));
    // A co-operating unit may not report: the loader stops with the record named.
    bad.issues[1]!.tasks[0]!.progress[0]!.unitKey = 'housing';
    const before = await t.db.$count(auditEvents);
    await expect(loadDemoLedger(t.db, { dates: 'historical', data: bad })).rejects.toThrow(
      /demo ledger, progress of task 二\(二\) 一是/,
    );
    expect(await t.db.$count(auditEvents)).toBe(before);
    expect(await t.db.select().from(units).where(eq(units.name, '市住建局二'))).toEqual([]);
  });
});
