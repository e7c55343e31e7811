import { auditEvents, clueCaseEvents, clueCases, queryRows } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { DEFAULT_WARNING_SETTINGS, type WarningLevel, WarningLevel as WarningLevels } from '@rectify/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayOf } from '../kernel/context.js';
import { readSpec } from '../read/read-spec.js';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { assignClueLeader } from './assign-clue-leader.js';
import { getClueFigures } from './clue-figures.js';
import { clueWarningLevel, clueWarningSql } from './clue-warning.js';
import { concludeClueCase } from './conclude-clue-case.js';
import { disposeClueCase } from './dispose-clue-case.js';
import { escalateClueCase } from './escalate-clue-case.js';
import { listClueCases, listClueReminders } from './list-clue-cases.js';
import { reopenClueCase } from './reopen-clue-case.js';
import { routeClueCase } from './route-clue-case.js';
import { type ClueFixture, intakeAs, makeClueFixture, petition } from './testing/clue-fixtures.js';
import { updateClueCase } from './update-clue-case.js';

let t: TestDatabase;
let f: ClueFixture;
let n = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await makeClueFixture(t.db);
});
afterAll(async () => {
  await t?.close();
});

/** The fixture's clock: the seed report's day, 2018-11-26. */
const d1 = () => f.ctx(f.actor('d1'));

/** A new case with a subject of its own (so that no two are duplicates). */
const newCase = (overrides: Parameters<typeof petition>[1] = {}) =>
  intakeAs(
    f,
    'd1',
    petition(f, { subject: `（示例）某局干部${++n}号`, summary: `反映事项${n}:违规收受礼金`, ...overrides }),
  );

const routed = async (deadline: string | null = '2018-12-31') => {
  const c = await newCase();
  return routeClueCase(d1(), { id: c.id, version: c.version, routedToUnitId: f.units.district, deadline });
};

const historyOf = (id: number) =>
  t.db.select().from(clueCaseEvents).where(eq(clueCaseEvents.clueCaseId, id)).orderBy(asc(clueCaseEvents.id));

describe('disposal', () => {
  it('routes, assigns an owning leader, disposes, changes method and concludes — each step on record', async () => {
    const c = await newCase();
    const r = await routeClueCase(d1(), {
      id: c.id,
      version: c.version,
      routedToUnitId: f.units.district,
      deadline: '2018-12-20',
      note: '按管理权限归口',
    });
    expect(r).toMatchObject({ status: 'ROUTED', routedToUnitId: f.units.district, deadline: '2018-12-20' });
    const l = await assignClueLeader(d1(), {
      id: r.id,
      version: r.version,
      owningLeaderId: f.leaders.deputy,
    });
    expect(l.owningLeaderId).toBe(f.leaders.deputy);
    const inquiry = await disposeClueCase(d1(), {
      id: l.id,
      version: l.version,
      method: 'TALK_OR_LETTER_INQUIRY',
      deadline: '2018-12-15',
    });
    expect(inquiry).toMatchObject({ status: 'IN_DISPOSAL', disposalMethod: 'TALK_OR_LETTER_INQUIRY' });
    // Under way: the method changes (inquiry → verification) without a status move.
    const verification = await disposeClueCase(d1(), {
      id: c.id,
      version: inquiry.version,
      method: 'PRELIMINARY_VERIFICATION',
      deadline: '2019-01-31',
    });
    expect(verification).toMatchObject({ status: 'IN_DISPOSAL', deadline: '2019-01-31' });
    const done = await concludeClueCase(d1(), {
      id: c.id,
      version: verification.version,
      outcome: 'PARTLY_SUBSTANTIATED',
      sanctions: '诫勉谈话',
    });
    expect(done).toMatchObject({
      status: 'CONCLUDED',
      outcome: 'PARTLY_SUBSTANTIATED',
      sanctions: '诫勉谈话',
      disposalMethod: 'PRELIMINARY_VERIFICATION',
    });
    const history = await historyOf(c.id);
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['INTAKE', null, 'RECEIVED'],
      ['ROUTE', 'RECEIVED', 'ROUTED'],
      ['ASSIGN_LEADER', 'ROUTED', 'ROUTED'],
      ['DISPOSE', 'ROUTED', 'IN_DISPOSAL'],
      ['DISPOSE', 'IN_DISPOSAL', 'IN_DISPOSAL'],
      ['CONCLUDE', 'IN_DISPOSAL', 'CONCLUDED'],
    ]);
    expect(history[1]).toMatchObject({
      unitId: f.units.district,
      note: '按管理权限归口',
      actorUserId: f.users.d1,
    });
    expect(history[5]).toMatchObject({ outcome: 'PARTLY_SUBSTANTIATED' });
    const audit = await auditOf(t.db, 'clueCase', c.id);
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'clueCase.intake',
      'clueCase.route',
      'clueCase.assignLeader',
      'clueCase.dispose',
      'clueCase.dispose',
      'clueCase.conclude',
    ]);
    expect(audit[0]!.before).toMatchObject({ status: 'IN_DISPOSAL', subject: '[保密]' });
    expect(audit[0]!.after).toMatchObject({ status: 'CONCLUDED', subject: '[保密]' });

    // A concluded case takes no further step: the lifecycle refuses, naming the state and the step.
    const again = await failure(
      routeClueCase(d1(), { id: c.id, version: done.version, routedToUnitId: f.units.bureau }),
    );
    expect(again.code).toBe('INVALID_TRANSITION');
    expect(again.label).toEqual({
      zh: '当前状态为“已办结”，不能执行“归口处置”',
      en: 'cannot route while the state is "Concluded"',
    });
    const leader = await failure(
      assignClueLeader(d1(), { id: c.id, version: done.version, owningLeaderId: f.leaders.secretary }),
    );
    expect(leader.code).toBe('INVALID_TRANSITION');
  });

  it('closes a routed case without action, passing through disposal, in one request', async () => {
    const r = await routed();
    const closed = await disposeClueCase(d1(), {
      id: r.id,
      version: r.version,
      method: 'CLOSE_WITHOUT_ACTION',
      outcome: 'UNSUBSTANTIATED',
    });
    expect(closed).toMatchObject({
      status: 'CONCLUDED',
      disposalMethod: 'CLOSE_WITHOUT_ACTION',
      outcome: 'UNSUBSTANTIATED',
    });
    expect((await historyOf(r.id)).slice(2).map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['DISPOSE', 'ROUTED', 'IN_DISPOSAL'],
      ['CONCLUDE', 'IN_DISPOSAL', 'CONCLUDED'],
    ]);
  });

  it('files a case after verification, with its outcome', async () => {
    const r = await routed();
    const v = await disposeClueCase(d1(), {
      id: r.id,
      version: r.version,
      method: 'PRELIMINARY_VERIFICATION',
      deadline: '2018-12-31',
    });
    const filed = await disposeClueCase(d1(), {
      id: r.id,
      version: v.version,
      method: 'FILE_CASE',
      outcome: 'SUBSTANTIATED',
      sanctions: '立案审查调查',
    });
    expect(filed).toMatchObject({
      status: 'CASE_FILED',
      disposalMethod: 'FILE_CASE',
      deadline: '2018-12-31',
    });
    const conclude = await failure(
      concludeClueCase(d1(), { id: r.id, version: filed.version, outcome: 'SUBSTANTIATED' }),
    );
    expect(conclude.label.zh).toBe('当前状态为“已立案”，不能执行“办结”');
  });

  it('shelves a case and reopens it when new facts come in', async () => {
    const r = await routed();
    const shelved = await disposeClueCase(d1(), {
      id: r.id,
      version: r.version,
      method: 'SHELVE_PENDING',
      note: '暂不具备核查条件',
    });
    expect(shelved).toMatchObject({ status: 'SHELVED', disposalMethod: 'SHELVE_PENDING', deadline: null });
    const conclude = await failure(
      concludeClueCase(d1(), { id: r.id, version: shelved.version, outcome: 'UNSUBSTANTIATED' }),
    );
    expect(conclude.code).toBe('INVALID_TRANSITION');
    const badMethod = await failure(
      reopenClueCase(d1(), {
        id: r.id,
        version: shelved.version,
        method: 'FILE_CASE',
        deadline: '2018-10-01',
        note: '',
      }),
    );
    expect(fieldCodes(badMethod)).toEqual(['method:NOT_INVESTIGATING', 'note:REQUIRED']);
    const reopened = await reopenClueCase(d1(), {
      id: r.id,
      version: shelved.version,
      method: 'TALK_OR_LETTER_INQUIRY',
      deadline: '2019-01-15',
      note: '收到新的举报材料',
    });
    expect(reopened).toMatchObject({ status: 'IN_DISPOSAL', disposalMethod: 'TALK_OR_LETTER_INQUIRY' });
    const twice = await failure(
      reopenClueCase(d1(), {
        id: r.id,
        version: reopened.version,
        method: 'TALK_OR_LETTER_INQUIRY',
        deadline: '2019-01-15',
        note: '再次',
      }),
    );
    expect(twice.label.zh).toBe('当前状态为“处置中”，不能执行“重新启用”');
  });

  it('escalates a case to a higher body, once, and not once it is closed', async () => {
    const c = await newCase({ kind: 'PROBLEM_CLUE' });
    const escalated = await escalateClueCase(d1(), {
      id: c.id,
      version: c.version,
      routedToUnitId: f.units.commission,
      owningLeaderId: f.leaders.secretary,
      note: '涉及市管干部,提级办理',
    });
    expect(escalated).toMatchObject({
      status: 'ROUTED',
      escalated: true,
      routedToUnitId: f.units.commission,
      owningLeaderId: f.leaders.secretary,
    });
    const twice = await failure(
      escalateClueCase(d1(), { id: c.id, version: escalated.version, note: '再次' }),
    );
    expect(twice.code).toBe('INVALID_TRANSITION');
    const noReason = await failure(
      escalateClueCase(d1(), { id: (await routed()).id, version: 2, note: ' ', routedToUnitId: 999_999 }),
    );
    expect(fieldCodes(noReason)).toEqual(['note:REQUIRED', 'routedToUnitId:NOT_FOUND']);
    // A case in disposal changes hands and keeps its status.
    const r = await routed();
    const d = await disposeClueCase(d1(), {
      id: r.id,
      version: r.version,
      method: 'PRELIMINARY_VERIFICATION',
      deadline: '2018-12-31',
    });
    const up = await escalateClueCase(d1(), {
      id: r.id,
      version: d.version,
      routedToUnitId: f.units.commission,
      note: '案情复杂',
    });
    expect(up).toMatchObject({ status: 'IN_DISPOSAL', escalated: true, routedToUnitId: f.units.commission });
    const closed = await disposeClueCase(d1(), {
      id: r.id,
      version: up.version,
      method: 'CLOSE_WITHOUT_ACTION',
    });
    expect(closed.status).toBe('CONCLUDED');
  });

  it('refuses disposal before routing, and reports every bad field of a disposal at once', async () => {
    const c = await newCase();
    const unrouted = await failure(
      disposeClueCase(d1(), {
        id: c.id,
        version: c.version,
        method: 'TALK_OR_LETTER_INQUIRY',
        deadline: '2018-12-01',
      }),
    );
    expect(unrouted.label.zh).toBe('当前状态为“已受理”，不能执行“开始处置”');
    const r = await routeClueCase(d1(), { id: c.id, version: c.version, routedToUnitId: f.units.district });
    const bad = await failure(
      disposeClueCase(d1(), {
        id: c.id,
        version: r.version,
        method: 'TALK_OR_LETTER_INQUIRY',
        outcome: 'SUBSTANTIATED',
        sanctions: '警告',
      }),
    );
    expect(fieldCodes(bad)).toEqual([
      'deadline:REQUIRED',
      'outcome:NOT_APPLICABLE',
      'sanctions:NOT_APPLICABLE',
    ]);
    const early = await failure(
      disposeClueCase(d1(), {
        id: c.id,
        version: r.version,
        method: 'PRELIMINARY_VERIFICATION',
        deadline: '2018-01-01',
      }),
    );
    expect(fieldCodes(early)).toEqual(['deadline:BEFORE_RECEIVED']);
    const ending = await failure(
      disposeClueCase(d1(), { id: c.id, version: r.version, method: 'FILE_CASE', deadline: '2018-12-31' }),
    );
    expect(fieldCodes(ending)).toEqual(['deadline:NOT_APPLICABLE']);
    const unknown = await failure(
      disposeClueCase(d1(), { id: c.id, version: r.version, method: 'ARREST' as never }),
    );
    expect(fieldCodes(unknown)).toEqual(['method:INVALID']);
    const route = await failure(
      routeClueCase(d1(), { id: c.id, version: r.version, routedToUnitId: 999_999 }),
    );
    expect(fieldCodes(route)).toEqual(['routedToUnitId:NOT_FOUND']);
    const missing = await failure(
      routeClueCase(d1(), { id: 999_999, version: 1, routedToUnitId: f.units.district }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('refuses a stale version and writes nothing', async () => {
    const r = await routed();
    const before = [await t.db.$count(auditEvents), await t.db.$count(clueCaseEvents)];
    const stale = await failure(
      disposeClueCase(d1(), { id: r.id, version: r.version - 1, method: 'SHELVE_PENDING' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(fieldCodes(stale)).toEqual(['version:CONFLICT']);
    expect([await t.db.$count(auditEvents), await t.db.$count(clueCaseEvents)]).toEqual(before);
    const [row] = await t.db.select().from(clueCases).where(eq(clueCases.id, r.id));
    expect(row).toMatchObject({ status: 'ROUTED', version: r.version });
  });

  it('corrects an intake, and the serial stays', async () => {
    const c = await newCase();
    const corrected = await updateClueCase(d1(), {
      id: c.id,
      version: c.version,
      summary: '反映其违规收受礼金(更正)',
      receivedDate: '2018-05-30',
      informant: null,
    });
    expect(corrected).toMatchObject({
      serial: c.serial,
      summary: '反映其违规收受礼金(更正)',
      informant: null,
    });
    const bad = await failure(
      updateClueCase(d1(), { id: c.id, version: corrected.version, summary: '', receivedDate: '2019-01-01' }),
    );
    expect(fieldCodes(bad)).toEqual(['receivedDate:IN_FUTURE', 'summary:REQUIRED']);
  });
});

describe('deadlines and reminders', () => {
  it('lists the open cases whose deadline is near or passed, soonest first, and nothing else', async () => {
    // Today is 2018-11-26; the office's lead time is 20 days.
    const passed = await routed('2018-11-20');
    const near = await routed('2018-12-10');
    await routed('2019-03-01');
    const closed = await routed('2018-11-01');
    await disposeClueCase(d1(), { id: closed.id, version: closed.version, method: 'CLOSE_WITHOUT_ACTION' });
    const warnings = DEFAULT_WARNING_SETTINGS;
    const page = await listClueReminders<{ id: number; serial: string; deadline: string }>(
      d1(),
      { page: { first: 100 } },
      readSpec(['serial', 'deadline']),
      { withTotal: true, warnings },
    );
    const ids = page.nodes.map((node) => node.id);
    expect(ids).toContain(passed.id);
    expect(ids).toContain(near.id);
    expect(ids).not.toContain(closed.id);
    expect(page.nodes.every((node) => node.deadline <= '2018-12-16')).toBe(true);
    expect(page.nodes.map((node) => node.deadline)).toEqual(page.nodes.map((node) => node.deadline).sort());
    expect(page.totalCount).toBe(page.nodes.length);
    const soon = await listClueReminders<{ id: number }>(d1(), { withinDays: 0, page: {} }, readSpec([]), {
      withTotal: false,
      warnings,
    });
    expect(soon.nodes.map((node) => node.id)).toContain(passed.id);
    expect(soon.nodes.map((node) => node.id)).not.toContain(near.id);
  });

  it('colours every case the same in SQL as in code', async () => {
    const ctx = d1();
    const today = todayOf(ctx);
    const cases = await t.db.select().from(clueCases);
    const row = alias(clueCases, 'c');
    for (const level of WarningLevels.values) {
      const rows = await queryRows<{ id: number }>(
        t.db,
        sql`select ${row.id} from ${clueCases} ${row} where ${clueWarningSql(row, [level], today, 20)}`,
      );
      const expected = cases
        .filter((c) => clueWarningLevel(c, today, DEFAULT_WARNING_SETTINGS) === level)
        .map((c) => c.id);
      expect(
        rows.map((r) => r.id).sort((a, b) => a - b),
        level,
      ).toEqual(expected.sort((a, b) => a - b));
    }
    const red = await listClueCases<{ id: number }>(
      ctx,
      { filter: { warning: ['RED' as WarningLevel] }, page: { first: 100 } },
      readSpec([]),
      { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS },
    );
    const overdue = await listClueCases<{ id: number }>(
      ctx,
      { filter: { overdue: true }, page: { first: 100 } },
      readSpec([]),
      { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS },
    );
    expect(red.nodes.length).toBeGreaterThan(0);
    expect(overdue.nodes.map((c) => c.id)).toEqual(red.nodes.map((c) => c.id));
  });
});

describe('figures', () => {
  it('counts received, concluded and filed, and the rates, per source, kind and body', async () => {
    const g = await makeClueFixture(t.db);
    const at = (who: 'd1') => g.ctx(g.actor(who));
    const make = async (i: number, kind: 'PETITION_REPORT' | 'PROBLEM_CLUE', unit: number) => {
      const c = await intakeAs(
        g,
        'd1',
        petition(g, { kind, subject: `（示例）统计干部${i}`, summary: `统计事项${i}` }),
      );
      return routeClueCase(at('d1'), { id: c.id, version: c.version, routedToUnitId: unit });
    };
    // Four petitions to the district: three concluded (one substantiated), one shelved.
    for (let i = 0; i < 4; i++) {
      const r = await make(i, 'PETITION_REPORT', g.units.district);
      await disposeClueCase(at('d1'), {
        id: r.id,
        version: r.version,
        ...(i < 3
          ? { method: 'CLOSE_WITHOUT_ACTION', outcome: i === 0 ? 'SUBSTANTIATED' : 'UNSUBSTANTIATED' }
          : { method: 'SHELVE_PENDING' }),
      });
    }
    // Two problem clues to the commission: one filed (substantiated), one under verification.
    for (let i = 4; i < 6; i++) {
      const r = await make(i, 'PROBLEM_CLUE', g.units.commission);
      const v = await disposeClueCase(at('d1'), {
        id: r.id,
        version: r.version,
        method: 'PRELIMINARY_VERIFICATION',
        deadline: '2018-12-31',
      });
      if (i === 4)
        await disposeClueCase(at('d1'), {
          id: r.id,
          version: v.version,
          method: 'FILE_CASE',
          outcome: 'SUBSTANTIATED',
        });
    }
    // And one duplicate, not counted.
    await intakeAs(g, 'd1', petition(g, { subject: '（示例）统计干部0', summary: '统计事项0' }));

    const figures = await getClueFigures(at('d1'), { inspectionId: g.inspectionId });
    expect(figures.total).toMatchObject({
      received: 6,
      concluded: 3,
      caseFiled: 1,
      substantiated: 2,
      duplicates: 1,
      underWay: 2,
    });
    expect(figures.total.completionRate).toEqual({ part: 3, whole: 6, value: 0.5 });
    expect(figures.total.caseFilingRate).toEqual({ part: 1, whole: 6, value: 1 / 6 });
    expect(figures.total.substantiationRate).toEqual({ part: 2, whole: 4, value: 0.5 });
    const petitions = figures.byKind.find((k) => k.kind === 'PETITION_REPORT')!.figures;
    expect(petitions).toMatchObject({ received: 4, concluded: 3, underWay: 1, duplicates: 1 });
    expect(figures.bySource.map((s) => [s.source, s.figures.received])).toEqual([
      ['INSPECTION_TRANSFER', 6],
      ['PETITION_OFFICE', 0],
      ['DIRECT_REPORT', 0],
      ['OTHER', 0],
    ]);
    expect(figures.bySourceAndKind.map((s) => [s.source, s.kind, s.figures.received])).toEqual([
      ['INSPECTION_TRANSFER', 'PETITION_REPORT', 4],
      ['INSPECTION_TRANSFER', 'PROBLEM_CLUE', 2],
    ]);
    expect(figures.byBody.map((b) => [b.unitId, b.figures.received, b.figures.concluded])).toEqual([
      [g.units.district, 4, 3],
      [g.units.commission, 2, 0],
      [null, 0, 0],
    ]);
    expect(figures.byBody[0]!.unitName).toMatch(/^某区/);
  });
});
