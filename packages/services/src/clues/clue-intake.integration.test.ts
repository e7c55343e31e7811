import { auditEvents, clueCaseEvents, clueCaseOwners, clueCases, notifications } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { systemActor } from '@rectify/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpec } from '../read/read-spec.js';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { getClueFigures } from './clue-figures.js';
import { readClueCase } from './clue-read.js';
import { confirmClueDuplicate } from './confirm-clue-duplicate.js';
import { matterSimilarity, sameMatter } from './duplicates.js';
import { intakeClueCase } from './intake-clue-case.js';
import { linkClueDuplicate } from './link-clue-duplicate.js';
import { routeClueCase } from './route-clue-case.js';
import {
  type ClueFixture,
  intakeAs,
  makeClueFixture,
  petition,
  SECRET,
  secrets,
} from './testing/clue-fixtures.js';
import { unlinkClueDuplicate } from './unlink-clue-duplicate.js';

let t: TestDatabase;
let f: ClueFixture;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await makeClueFixture(t.db);
});
afterAll(async () => {
  await t?.close();
});

/** Row counts of everything a clue write may touch. */
const footprint = async () => ({
  cases: await t.db.$count(clueCases),
  owners: await t.db.$count(clueCaseOwners),
  history: await t.db.$count(clueCaseEvents),
  audit: await t.db.$count(auditEvents),
});

const d1 = () => f.ctx(f.actor('d1'));

describe('intake', () => {
  it('numbers cases per kind and year of receipt, and makes the operator and named handlers the owners', async () => {
    const first = await intakeAs(f, 'd1', petition(f, { ownerUserIds: [f.users.d3] }));
    const second = await intakeAs(
      f,
      'd1',
      petition(f, { subject: SECRET.subjectB, summary: '反映其违规发放津贴' }),
    );
    const clue = await intakeAs(
      f,
      'd2',
      petition(f, { kind: 'PROBLEM_CLUE', subject: SECRET.subjectC, summary: '问题线索:违规操办婚宴' }),
    );
    const earlier = await intakeAs(
      f,
      'd1',
      petition(f, { receivedDate: '2017-12-30', subject: '（示例）某公司干部丁', summary: '反映其公款吃喝' }),
    );
    expect([first.serial, second.serial, clue.serial, earlier.serial]).toEqual([
      'XF-2018-0001',
      'XF-2018-0002',
      'XS-2018-0001',
      'XF-2017-0001',
    ]);
    expect(first).toMatchObject({
      status: 'RECEIVED',
      escalated: false,
      duplicateOfId: null,
      duplicateOf: null,
    });
    const owners = await t.db
      .select()
      .from(clueCaseOwners)
      .where(eq(clueCaseOwners.clueCaseId, first.id))
      .orderBy(asc(clueCaseOwners.userId));
    expect(owners.map((o) => o.userId)).toEqual([f.users.d1, f.users.d3].sort((a, b) => a - b));
    const [history] = await t.db.select().from(clueCaseEvents).where(eq(clueCaseEvents.clueCaseId, first.id));
    expect(history).toMatchObject({ action: 'INTAKE', toStatus: 'RECEIVED', actorUserId: f.users.d1 });
  });

  it('audits the intake with the identity replaced by a marker', async () => {
    const clue = await intakeAs(
      f,
      'd1',
      petition(f, { subject: '（示例）某委干部戊', summary: '反映其违规兼职取酬' }),
    );
    const [event] = await auditOf(t.db, 'clueCase', clue.id);
    expect(event).toMatchObject({ action: 'clueCase.intake', actorUserId: f.users.d1 });
    expect(event!.after).toMatchObject({ subject: '[保密]', informant: '[保密]', serial: clue.serial });
    expect(JSON.stringify(event)).not.toContain('某委干部戊');
  });

  it('reports every problem with its field, in both languages, and writes nothing', async () => {
    const before = await footprint();
    const error = await failure(
      intakeClueCase(d1(), {
        source: 'INSPECTION_TRANSFER',
        kind: 'NOT_A_KIND' as never,
        receivedDate: '2018-02-30',
        summary: ' ',
        subject: `${SECRET.subjectA}${'x'.repeat(300)}`,
        informant: null,
        deadline: '2018-13-01',
        ownerUserIds: [f.users.office, f.users.retired, 999_999],
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(fieldCodes(error)).toEqual([
      'deadline:INVALID_DATE',
      'inspectionId:REQUIRED',
      'kind:INVALID',
      'ownerUserIds:NOT_DISCIPLINE_USER',
      'ownerUserIds:NOT_DISCIPLINE_USER',
      'ownerUserIds:NOT_DISCIPLINE_USER',
      'receivedDate:INVALID_DATE',
      'subject:TOO_LONG',
      'summary:REQUIRED',
    ]);
    for (const e of error.fieldErrors) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/[a-z]/);
    }
    // The subject is named as a field, never quoted.
    expect(JSON.stringify(error.fieldErrors) + error.message).not.toContain(SECRET.subjectA);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a received date in the future and an intake nobody would own', async () => {
    const future = await failure(intakeAs(f, 'd1', petition(f, { receivedDate: '2018-12-01' })));
    expect(fieldCodes(future)).toEqual(['receivedDate:IN_FUTURE']);
    const system = await failure(intakeClueCase(f.ctx(systemActor('DISCIPLINE')), petition(f)));
    expect(fieldCodes(system)).toEqual(['ownerUserIds:REQUIRED']);
  });

  it('turns a database error into one that quotes nothing it was sent, and writes nothing', async () => {
    const before = await footprint();
    // PostgreSQL refuses a NUL character in text; the driver's message would quote the parameters.
    const error = await failure(
      intakeAs(f, 'd1', petition(f, { subject: `${SECRET.subjectB}\u0000` })),
    ).catch((e: unknown) => e as Error);
    expect(error.message).toMatch(/^clue case write failed \(SQLSTATE [0-9A-Z]{5}\)$/);
    expect(JSON.stringify(error)).not.toContain(SECRET.subjectB);
    expect((error as Error).cause).toBeUndefined();
    expect(await footprint()).toEqual(before);
  });
});

describe('duplicate intake', () => {
  let first: { id: number; serial: string; version: number };

  it('tells the same matter from a different one', () => {
    const a = '反映其在工程招投标中违规干预、收受好处费';
    expect(sameMatter(a, '举报该干部违规干预工程招投标,收受好处费')).toBe(true);
    expect(sameMatter(a, `${a}。另反映其配偶经商`)).toBe(true);
    expect(sameMatter(a, '反映其违规收受礼金')).toBe(false);
    expect(sameMatter(a, '反映其违规操办婚丧喜庆事宜')).toBe(false);
    expect(matterSimilarity(a, a)).toBe(1);
  });

  it('links a second intake of the same subject and matter to the first, from another source', async () => {
    const subject = '（示例）某所干部己';
    // d2 handles the first intake with d1, so the match tells d2 nothing it may not read.
    first = await intakeAs(
      f,
      'd1',
      petition(f, { subject, receivedDate: '2018-05-20', ownerUserIds: [f.users.d2] }),
    );
    const again = await intakeAs(
      f,
      'd2',
      petition(f, {
        source: 'PETITION_OFFICE',
        inspectionId: null,
        receivedDate: '2018-06-10',
        subject: ' （示例）某所 干部己 ',
        summary: '举报该干部违规干预工程招投标,收受好处费',
      }),
    );
    expect(again.duplicateOfId).toBe(first.id);
    expect(again.duplicateOf).toEqual({ id: first.id, serial: first.serial });
    const history = await t.db.select().from(clueCaseEvents).where(eq(clueCaseEvents.clueCaseId, again.id));
    expect(history.map((h) => h.action)).toEqual(['INTAKE', 'DUPLICATE_LINKED']);
    expect(history[1]!.relatedClueCaseId).toBe(first.id);
    expect(history[1]!.note).not.toContain('干部己');
    // A third intake that matches the duplicate is linked to the first intake, not to the duplicate.
    const third = await intakeAs(
      f,
      'd1',
      petition(f, {
        subject,
        receivedDate: '2018-06-20',
        summary: '举报该干部违规干预工程招投标,收受好处费!',
      }),
    );
    expect(third.duplicateOfId).toBe(first.id);
    // The same subject with another matter, and another subject with the same matter, are new clues.
    const otherMatter = await intakeAs(f, 'd1', petition(f, { subject, summary: '反映其违规收受礼金' }));
    const otherSubject = await intakeAs(f, 'd1', petition(f, { subject: '（示例）某所干部庚' }));
    expect([otherMatter.duplicateOfId, otherSubject.duplicateOfId]).toEqual([null, null]);

    const read = await readClueCase<{ duplicateState: string; duplicates: { serial: string }[] }>(
      d1(),
      again.id,
      readSpec(['duplicateState']),
    );
    expect(read?.duplicateState).toBe('SUSPECTED');
    const firstRead = await readClueCase<{ duplicates: { id: number }[] }>(
      d1(),
      first.id,
      readSpec([], { duplicates: readSpec(['serial']) }),
    );
    expect(firstRead?.duplicates.map((d) => d.id)).toEqual([again.id, third.id]);
  });

  it('counts a clue once however often it came in', async () => {
    const figures = await getClueFigures(d1(), { inspectionId: null });
    const cases = await t.db.select().from(clueCases);
    const duplicates = cases.filter((c) => c.duplicateOfId != null).length;
    expect(duplicates).toBe(2);
    expect(figures.total.received).toBe(cases.length - duplicates);
    expect(figures.total.duplicates).toBe(duplicates);
    expect(figures.bySource.find((s) => s.source === 'PETITION_OFFICE')?.figures).toMatchObject({
      received: 0,
      duplicates: 1,
    });
  });

  it('lets the operator confirm a link, once', async () => {
    const [dup] = await t.db.select().from(clueCases).where(eq(clueCases.source, 'PETITION_OFFICE'));
    const confirmed = await confirmClueDuplicate(d1(), {
      id: dup!.id,
      version: dup!.version,
      note: '经核对为同一事项',
    });
    expect(confirmed.duplicateOfId).toBe(first.id);
    const read = await readClueCase<{ duplicateState: string }>(d1(), dup!.id, readSpec(['duplicateState']));
    expect(read?.duplicateState).toBe('CONFIRMED');
    const again = await failure(confirmClueDuplicate(d1(), { id: dup!.id, version: confirmed.version }));
    expect(again.code).toBe('INVALID_TRANSITION');
    expect((await auditOf(t.db, 'clueCase', dup!.id))[0]?.action).toBe('clueCase.duplicateConfirmed');
  });

  it('refuses to dispose of a duplicate on its own, saying which case it belongs to', async () => {
    const [dup] = await t.db.select().from(clueCases).where(eq(clueCases.source, 'PETITION_OFFICE'));
    const error = await failure(
      routeClueCase(d1(), { id: dup!.id, version: dup!.version, routedToUnitId: f.units.district }),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.label.zh).toContain(first.serial);
    expect(error.label.en).toContain(first.serial);
  });

  it('lets the operator undo a link: the case is counted again', async () => {
    const before = await getClueFigures(d1(), {});
    const [dup] = await t.db.select().from(clueCases).where(eq(clueCases.source, 'PETITION_OFFICE'));
    const unlinked = await unlinkClueDuplicate(d1(), {
      id: dup!.id,
      version: dup!.version,
      note: '经核实为不同事项',
    });
    expect(unlinked.duplicateOfId).toBeNull();
    const after = await getClueFigures(d1(), {});
    expect(after.total.received).toBe(before.total.received + 1);
    expect(after.total.duplicates).toBe(before.total.duplicates - 1);
    const read = await readClueCase<{ duplicateState: string | null }>(
      d1(),
      dup!.id,
      readSpec(['duplicateState']),
    );
    expect(read?.duplicateState).toBeNull();
    const error = await failure(unlinkClueDuplicate(d1(), { id: dup!.id, version: unlinked.version }));
    expect(error.code).toBe('INVALID_TRANSITION');
  });

  it('lets the operator link what the intake did not see, to the first intake, confirmed at once', async () => {
    const [dup] = await t.db.select().from(clueCases).where(eq(clueCases.source, 'PETITION_OFFICE'));
    const [third] = await t.db.select().from(clueCases).where(eq(clueCases.duplicateOfId, first.id));
    // Naming a duplicate links to its first intake.
    const linked = await linkClueDuplicate(d1(), {
      id: dup!.id,
      version: dup!.version,
      duplicateOfId: third!.id,
    });
    expect(linked.duplicateOfId).toBe(first.id);
    const read = await readClueCase<{ duplicateState: string }>(d1(), dup!.id, readSpec(['duplicateState']));
    expect(read?.duplicateState).toBe('CONFIRMED');
    const twice = await failure(
      linkClueDuplicate(d1(), { id: dup!.id, version: linked.version, duplicateOfId: first.id }),
    );
    expect(twice.code).toBe('INVALID_TRANSITION');
  });

  it('refuses links to itself, to nothing, and of a first intake that has duplicates', async () => {
    const self = await failure(
      linkClueDuplicate(d1(), { id: first.id, version: first.version, duplicateOfId: first.id }),
    );
    expect(fieldCodes(self)).toEqual(['duplicateOfId:SELF', 'id:HAS_DUPLICATES']);
    const [other] = await t.db.select().from(clueCases).where(eq(clueCases.serial, 'XF-2018-0002'));
    const none = await failure(
      linkClueDuplicate(d1(), { id: other!.id, version: other!.version, duplicateOfId: 999_999 }),
    );
    expect(fieldCodes(none)).toEqual(['duplicateOfId:NOT_FOUND']);
    const stale = await failure(
      linkClueDuplicate(d1(), { id: other!.id, version: other!.version + 5, duplicateOfId: first.id }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  it('tells a non-owner nothing when the subject they typed matches a case they do not handle', async () => {
    const subject = '（示例）某委干部辛';
    const summary = '反映其违规收受管理服务对象购物卡';
    const theirs = await intakeAs(f, 'd1', petition(f, { subject, summary, receivedDate: '2018-05-02' }));
    const unread = async (who: 'd1' | 'd3') =>
      t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, f.users[who]), eq(notifications.entity, 'clueCase')));
    const before = await getClueFigures(d1(), {});
    // d3 guesses the subject of d1's case and copies its matter, as a probe would.
    const probe = await intakeAs(
      f,
      'd3',
      petition(f, {
        source: 'DIRECT_REPORT',
        inspectionId: null,
        subject,
        summary,
        receivedDate: '2018-06-03',
      }),
    );
    const miss = await intakeAs(
      f,
      'd3',
      petition(f, {
        source: 'DIRECT_REPORT',
        inspectionId: null,
        subject: '（示例）某委干部壬',
        summary,
        receivedDate: '2018-06-03',
      }),
    );
    // A match and a miss answer alike: not linked, counted, an intake and nothing more in the history.
    for (const clue of [probe, miss]) {
      expect(clue).toMatchObject({ duplicateOfId: null, duplicateOf: null, status: 'RECEIVED' });
      const history = await t.db.select().from(clueCaseEvents).where(eq(clueCaseEvents.clueCaseId, clue.id));
      expect(history.map((h) => h.action)).toEqual(['INTAKE']);
    }
    expect((await getClueFigures(d1(), {})).total.received).toBe(before.total.received + 2);
    // The owners of the first intake are asked to review the match, and may link it.
    const asked = await unread('d1');
    expect(asked.map((n) => n.entityId)).toEqual([probe.id]);
    expect(JSON.stringify(asked[0]!.message)).toContain(probe.serial);
    expect(JSON.stringify(asked[0]!.message)).toContain(theirs.serial);
    expect(JSON.stringify(asked[0]!.message)).not.toContain('干部辛');
    expect(await unread('d3')).toEqual([]);
    const linked = await linkClueDuplicate(d1(), {
      id: probe.id,
      version: probe.version,
      duplicateOfId: theirs.id,
    });
    expect(linked.duplicateOfId).toBe(theirs.id);
    // Linked, the match is no longer a to-do.
    expect((await unread('d1')).map((n) => n.readAt)).toEqual([expect.any(Date)]);
  });

  it('never writes the identity into history or audit rows', async () => {
    const texts = [
      ...(await t.db.select().from(auditEvents)).map((row) => JSON.stringify(row)),
      ...(await t.db.select().from(clueCaseEvents)).map((row) => JSON.stringify(row)),
    ];
    for (const secret of [...secrets, '某所干部己', '某委干部戊', '某公司干部丁', '干部辛', '干部壬'])
      for (const text of texts) expect(text).not.toContain(secret);
  });
});
