import {
  auditEvents,
  clueCaseEvents,
  clueCaseOwners,
  clueCases,
  clueDisclosureRequests,
  queryRows,
} from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import {
  type Actor,
  PartnerScope,
  partnerActor,
  type Role,
  readsClueIdentity,
  systemActor,
  userActor,
} from '@rectify/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../kernel/context.js';
import { rowOf } from '../read/compile.js';
import { listAuditEvents } from '../read/list-master-data.js';
import { readContextOf, readList, readOne } from '../read/read-model.js';
import { readSpec } from '../read/read-spec.js';
import { failure, fieldCodes } from '../testing/assertions.js';
import { approveClueDisclosure } from './approve-clue-disclosure.js';
import { assignClueLeader } from './assign-clue-leader.js';
import { CLUE_ENTITIES, ownsClueSql } from './clue-entities.js';
import { getClueFigures } from './clue-figures.js';
import { readClueCase, readClueDisclosureRequest } from './clue-read.js';
import { concludeClueCase } from './conclude-clue-case.js';
import { confirmClueDuplicate } from './confirm-clue-duplicate.js';
import { disposeClueCase } from './dispose-clue-case.js';
import { escalateClueCase } from './escalate-clue-case.js';
import { intakeClueCase } from './intake-clue-case.js';
import { linkClueDuplicate } from './link-clue-duplicate.js';
import { listClueCases, listClueDisclosureRequests, listClueReminders } from './list-clue-cases.js';
import { rejectClueDisclosure } from './reject-clue-disclosure.js';
import { reopenClueCase } from './reopen-clue-case.js';
import { requestClueDisclosure } from './request-clue-disclosure.js';
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
import { updateClueCase } from './update-clue-case.js';
import { withdrawClueDisclosure } from './withdraw-clue-disclosure.js';

let t: TestDatabase;
let f: ClueFixture;
/** Owned by d1 only: subject A, informant A. */
let caseA: { id: number; version: number; serial: string };
/** Owned by d1 and d2: subject B, informant B; with a duplicate of it. */
let caseB: { id: number; version: number };
let duplicateOfB: { id: number; version: number };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await makeClueFixture(t.db);
  caseA = await intakeAs(f, 'd1', petition(f));
  caseB = await intakeAs(
    f,
    'd1',
    petition(f, {
      subject: SECRET.subjectB,
      informant: SECRET.informantB,
      summary: '反映其违规插手土地出让',
      ownerUserIds: [f.users.d2],
    }),
  );
  duplicateOfB = await intakeAs(
    f,
    'd1',
    petition(f, { subject: SECRET.subjectB, informant: null, summary: '反映其违规插手土地出让事宜' }),
  );
});
afterAll(async () => {
  await t?.close();
});

const as = (actor: Actor): ServiceContext => f.ctx(actor);
const warnings = { yellowDays: 20, reminderDays: [20, 10] };

const footprint = async () => ({
  cases: await t.db.select().from(clueCases),
  owners: await t.db.$count(clueCaseOwners),
  history: await t.db.$count(clueCaseEvents),
  requests: await t.db.$count(clueDisclosureRequests),
  audit: await t.db.$count(auditEvents),
});

describe('only DISCIPLINE sees or touches clue cases', () => {
  const others: [string, Actor][] = [
    ...(['ADMIN', 'OFFICE', 'LEADER', 'UNIT', 'SUPERVISOR'] as Role[]).map(
      (role) => [role, userActor(role, 900, { unitId: 1, leaderId: 1 })] as [string, Actor],
    ),
    ['PARTNER (every scope)', partnerActor(1, PartnerScope.values)],
    ['PARTNER (figures)', partnerActor(2, ['FIGURES_READ'])],
    ['system OFFICE', systemActor('OFFICE')],
  ];
  const version = 1;
  const calls: [string, (ctx: ServiceContext) => Promise<unknown>][] = [
    ['intakeClueCase', (ctx) => intakeClueCase(ctx, petition(f))],
    ['updateClueCase', (ctx) => updateClueCase(ctx, { id: caseA.id, version, summary: 'x' })],
    [
      'routeClueCase',
      (ctx) => routeClueCase(ctx, { id: caseA.id, version, routedToUnitId: f.units.district }),
    ],
    ['assignClueLeader', (ctx) => assignClueLeader(ctx, { id: caseA.id, version, owningLeaderId: null })],
    ['escalateClueCase', (ctx) => escalateClueCase(ctx, { id: caseA.id, version, note: 'x' })],
    ['disposeClueCase', (ctx) => disposeClueCase(ctx, { id: caseA.id, version, method: 'SHELVE_PENDING' })],
    ['concludeClueCase', (ctx) => concludeClueCase(ctx, { id: caseA.id, version, outcome: 'SUBSTANTIATED' })],
    [
      'reopenClueCase',
      (ctx) =>
        reopenClueCase(ctx, {
          id: caseA.id,
          version,
          method: 'TALK_OR_LETTER_INQUIRY',
          deadline: '2018-12-31',
          note: 'x',
        }),
    ],
    [
      'linkClueDuplicate',
      (ctx) => linkClueDuplicate(ctx, { id: caseA.id, version, duplicateOfId: caseB.id }),
    ],
    ['confirmClueDuplicate', (ctx) => confirmClueDuplicate(ctx, { id: duplicateOfB.id, version })],
    ['unlinkClueDuplicate', (ctx) => unlinkClueDuplicate(ctx, { id: duplicateOfB.id, version })],
    [
      'requestClueDisclosure',
      (ctx) => requestClueDisclosure(ctx, { clueCaseId: caseA.id, granteeUserId: f.users.d3, reason: 'x' }),
    ],
    ['approveClueDisclosure', (ctx) => approveClueDisclosure(ctx, { id: 1, version })],
    ['rejectClueDisclosure', (ctx) => rejectClueDisclosure(ctx, { id: 1, version, comment: 'x' })],
    ['withdrawClueDisclosure', (ctx) => withdrawClueDisclosure(ctx, { id: 1, version })],
    ['readClueCase', (ctx) => readClueCase(ctx, caseA.id, readSpec(['serial', 'subject']))],
    ['readClueCase (no such id)', (ctx) => readClueCase(ctx, 999_999, readSpec(['serial']))],
    [
      'listClueCases',
      (ctx) => listClueCases(ctx, { page: {} }, readSpec(['serial']), { withTotal: true, warnings }),
    ],
    [
      'listClueReminders',
      (ctx) => listClueReminders(ctx, { page: {} }, readSpec([]), { withTotal: true, warnings }),
    ],
    [
      'listClueDisclosureRequests',
      (ctx) => listClueDisclosureRequests(ctx, { page: {} }, readSpec([]), { withTotal: true }),
    ],
    ['readClueDisclosureRequest', (ctx) => readClueDisclosureRequest(ctx, 1, readSpec([]))],
    ['getClueFigures', (ctx) => getClueFigures(ctx, {})],
    ['readOne ClueCase', (ctx) => readOne(ctx, 'ClueCase', caseA.id, readSpec(['serial']))],
    ['readOne ClueIdentity', (ctx) => readOne(ctx, 'ClueIdentity', caseA.id, readSpec(['subject']))],
    [
      'readList ClueCaseEvent',
      (ctx) =>
        readList(ctx, 'ClueCaseEvent', {
          where: [],
          orderBy: sql`r0.id`,
          page: {},
          spec: readSpec([]),
          withTotal: true,
        }),
    ],
  ];
  const cases = others.flatMap(([who, actor]) =>
    calls.map(([name, call]) => [who, name, actor, call] as const),
  );

  it.each(cases)('%s → %s: FORBIDDEN, nothing learnt, nothing written', async (_who, _name, actor, call) => {
    const before = await footprint();
    const error = await failure(call(as(actor)));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.fieldErrors).toEqual([]);
    // The same answer whether the record exists or not, naming only the permission.
    expect(error.label.en).toMatch(/^not allowed \(clueCase\.(read|write)(Identity)?\)$/);
    expect(await footprint()).toEqual(before);
  });

  it('hides clue cases from relations and the general audit log of every reader', async () => {
    const rc = readContextOf(as(userActor('OFFICE', 900)));
    expect(CLUE_ENTITIES.ClueCase.scope?.(rc, rowOf(CLUE_ENTITIES.ClueCase, 'r0'))).toBeTruthy();
    const audit = await listAuditEvents<{ entity: string }>(
      as(userActor('OFFICE', 900)),
      { filter: { entity: 'clueCase' }, page: { first: 100 } },
      readSpec(['entity']),
      { withTotal: true },
    );
    expect(audit).toEqual({ nodes: [], totalCount: 0 });
    const all = await listAuditEvents<{ entity: string }>(
      as(userActor('ADMIN', 900)),
      { page: { first: 100 } },
      readSpec(['entity']),
      { withTotal: true },
    );
    expect(all.nodes.filter((e) => e.entity.startsWith('clue'))).toEqual([]);
  });
});

type Read = { id: number; serial: string; subject: string | null; informant: string | null };
const identityReads = (userId: number) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'clueCase.readIdentity'), eq(auditEvents.actorUserId, userId)));

describe('identity: owners only, every read audited', () => {
  it('shows a non-owner DISCIPLINE user the case with subject and informant null, and audits nothing', async () => {
    const d3 = as(f.actor('d3'));
    const one = await readClueCase<Read>(d3, caseA.id, readSpec(['serial', 'subject', 'informant']));
    expect(one).toMatchObject({ id: caseA.id, serial: caseA.serial, subject: null, informant: null });
    const list = await listClueCases<Read>(
      d3,
      { page: { first: 100 } },
      readSpec(['serial', 'subject', 'informant']),
      {
        withTotal: true,
        warnings,
      },
    );
    expect(list.totalCount).toBe(3);
    expect(list.nodes.every((c) => c.subject === null && c.informant === null)).toBe(true);
    expect(JSON.stringify(list)).not.toContain('identity');
    expect(await identityReads(f.users.d3)).toEqual([]);
  });

  it('shows the owners the identity, with one audit event per case and request', async () => {
    const d1 = as(f.actor('d1'));
    const one = await readClueCase<Read>(d1, caseA.id, readSpec(['subject', 'informant']));
    expect(one).toMatchObject({ subject: SECRET.subjectA, informant: SECRET.informantA });
    const reads = await identityReads(f.users.d1);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      entity: 'clueCase',
      entityId: String(caseA.id),
      after: { fields: ['subject', 'informant'] },
    });
    expect(JSON.stringify(reads)).not.toContain(SECRET.subjectA);

    // A list where case B appears twice (itself, and as the duplicate's first intake): one event for it.
    const list = await listClueCases<Read & { duplicateOf: Read | null }>(
      d1,
      { page: { first: 100 } },
      readSpec(['subject'], { duplicateOf: readSpec(['subject']) }),
      { withTotal: false, warnings },
    );
    expect(list.nodes.find((c) => c.id === duplicateOfB.id)?.duplicateOf?.subject).toBe(SECRET.subjectB);
    const after = await identityReads(f.users.d1);
    expect(
      after
        .slice(1)
        .map((a) => a.entityId)
        .sort(),
    ).toEqual([caseA.id, caseB.id, duplicateOfB.id].map(String).sort());
    expect(after.slice(1).every((a) => JSON.stringify(a.after) === '{"fields":["subject"]}')).toBe(true);

    // Reading a case without its identity is not an identity read.
    await readClueCase<Read>(d1, caseA.id, readSpec(['serial', 'summary']));
    expect(await identityReads(f.users.d1)).toHaveLength(after.length);
  });

  it('gives each owner exactly their own cases', async () => {
    const d2 = as(f.actor('d2'));
    const list = await listClueCases<Read>(d2, { page: { first: 100 } }, readSpec(['informant']), {
      withTotal: false,
      warnings,
    });
    expect(Object.fromEntries(list.nodes.map((c) => [c.id, c.informant]))).toEqual({
      [caseA.id]: null,
      [caseB.id]: SECRET.informantB,
      [duplicateOfB.id]: null,
    });
    expect((await identityReads(f.users.d2)).map((a) => a.entityId)).toEqual([String(caseB.id)]);
  });

  it('lists only the cases the reader owns, on request', async () => {
    const mine = await listClueCases<Read>(
      as(f.actor('d2')),
      { filter: { ownedByMe: true }, page: {} },
      readSpec([]),
      { withTotal: true, warnings },
    );
    expect(mine.nodes.map((c) => c.id)).toEqual([caseB.id]);
  });

  it('states the owner rule the same in SQL as in the domain', async () => {
    const cases = await t.db.select({ id: clueCases.id }).from(clueCases);
    const owners = await t.db.select().from(clueCaseOwners);
    const actors = [
      f.actor('d1'),
      f.actor('d2'),
      f.actor('d3'),
      f.actor('office'),
      systemActor('DISCIPLINE'),
      partnerActor(1, PartnerScope.values),
    ];
    for (const actor of actors) {
      const rows = await queryRows<{ id: number }>(
        t.db,
        sql`select c.id from clue_cases c where ${ownsClueSql(readContextOf(as(actor)), sql.raw('c.id'))}`,
      );
      const expected = cases
        .filter((c) =>
          readsClueIdentity(actor, {
            ownerUserIds: owners.filter((o) => o.clueCaseId === c.id).map((o) => o.userId),
          }),
        )
        .map((c) => c.id);
      expect(rows.map((r) => r.id).sort(), `${actor.role} ${actor.userId}`).toEqual(expected.sort());
    }
  });

  it('lets only an owner correct the identity, and never quotes it in an error', async () => {
    const before = await footprint();
    const error = await failure(
      updateClueCase(as(f.actor('d3')), { id: caseA.id, version: caseA.version, subject: SECRET.subjectC }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(fieldCodes(error)).toEqual(['subject:NOT_OWNER']);
    expect(await footprint()).toEqual(before);
    const tooLong = await failure(
      updateClueCase(as(f.actor('d1')), {
        id: caseA.id,
        version: caseA.version,
        informant: SECRET.informantB.repeat(40),
      }),
    );
    expect(fieldCodes(tooLong)).toEqual(['informant:TOO_LONG']);
    expect(JSON.stringify(tooLong) + tooLong.message).not.toContain(SECRET.informantB);
    const fixed = await updateClueCase(as(f.actor('d1')), {
      id: caseA.id,
      version: caseA.version,
      subject: `${SECRET.subjectA} `,
    });
    caseA = fixed;
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'clueCase.update'), eq(auditEvents.entityId, String(caseA.id))));
    expect(audit).toMatchObject({ before: { subject: '[保密]' }, after: { subject: '[保密]' } });
  });
});

describe('disclosing the identity to another user', () => {
  it('needs a second owner: d3 asks, d1 approves, and d3 then reads the identity', async () => {
    const d3 = as(f.actor('d3'));
    const request = await requestClueDisclosure(d3, {
      clueCaseId: caseA.id,
      granteeUserId: f.users.d3,
      reason: '并案核查需要',
    });
    expect(request).toMatchObject({
      status: 'PENDING_APPROVAL',
      requestedById: f.users.d3,
      granteeUserId: f.users.d3,
    });
    // Nothing is disclosed while pending, and the requester cannot decide.
    expect((await readClueCase<Read>(d3, caseA.id, readSpec(['subject'])))?.subject).toBeNull();
    const self = await failure(approveClueDisclosure(d3, { id: request.id, version: request.version }));
    expect(fieldCodes(self)).toEqual(['id:NOT_OWNER']);
    const notOwner = await failure(
      approveClueDisclosure(as(f.actor('d2')), { id: request.id, version: request.version }),
    );
    expect(fieldCodes(notOwner)).toEqual(['id:NOT_OWNER']);
    const waiting = await listClueDisclosureRequests<{ id: number }>(
      as(f.actor('d1')),
      { filter: { awaitingMyDecision: true }, page: {} },
      readSpec([]),
      { withTotal: true },
    );
    expect(waiting.nodes.map((r) => r.id)).toEqual([request.id]);

    const approved = await approveClueDisclosure(as(f.actor('d1')), {
      id: request.id,
      version: request.version,
      comment: '同意',
    });
    expect(approved).toMatchObject({ status: 'APPROVED', decidedById: f.users.d1, decisionComment: '同意' });
    expect((await readClueCase<Read>(d3, caseA.id, readSpec(['subject'])))?.subject).toBe(SECRET.subjectA);
    expect((await identityReads(f.users.d3)).map((a) => a.entityId)).toEqual([String(caseA.id)]);

    const twice = await failure(
      approveClueDisclosure(as(f.actor('d1')), { id: request.id, version: approved.version }),
    );
    expect(twice.code).toBe('INVALID_TRANSITION');
    const history = await t.db.select().from(clueCaseEvents).where(eq(clueCaseEvents.clueCaseId, caseA.id));
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['DISCLOSURE_REQUESTED', 'DISCLOSURE_APPROVED']),
    );
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entity, 'clueDisclosureRequest'));
    expect(audit.map((a) => a.action)).toEqual([
      'clueDisclosureRequest.request',
      'clueDisclosureRequest.approved',
    ]);
    const read = await readClueDisclosureRequest<{ status: string; granteeName: string; clueCase: Read }>(
      as(f.actor('d2')),
      request.id,
      readSpec(['status', 'granteeName'], { clueCase: readSpec(['serial', 'subject']) }),
    );
    expect(read).toMatchObject({
      status: 'APPROVED',
      granteeName: 'd3承办人',
      clueCase: { serial: caseA.serial, subject: null },
    });
  });

  it('refuses the one who asked as the approver, even as an owner; another owner rejects with a reason', async () => {
    const d1 = as(f.actor('d1'));
    const request = await requestClueDisclosure(d1, {
      clueCaseId: caseB.id,
      granteeUserId: f.users.d3,
      reason: '交叉核查',
    });
    const own = await failure(approveClueDisclosure(d1, { id: request.id, version: request.version }));
    expect(fieldCodes(own)).toEqual(['id:SECOND_OWNER_REQUIRED']);
    const d2 = as(f.actor('d2'));
    const noReason = await failure(
      rejectClueDisclosure(d2, { id: request.id, version: request.version, comment: ' ' }),
    );
    expect(fieldCodes(noReason)).toEqual(['comment:REQUIRED']);
    const rejected = await rejectClueDisclosure(d2, {
      id: request.id,
      version: request.version,
      comment: '无必要',
    });
    expect(rejected.status).toBe('REJECTED');
    expect(
      (await readClueCase<Read>(as(f.actor('d3')), caseB.id, readSpec(['subject'])))?.subject,
    ).toBeNull();
  });

  it('refuses grantees who already own the case or are not DISCIPLINE, and a second pending request', async () => {
    const d1 = as(f.actor('d1'));
    const bad = await failure(
      requestClueDisclosure(d1, { clueCaseId: caseB.id, granteeUserId: f.users.d2, reason: '' }),
    );
    expect(fieldCodes(bad)).toEqual(['granteeUserId:ALREADY_OWNER', 'reason:REQUIRED']);
    const office = await failure(
      requestClueDisclosure(d1, { clueCaseId: caseB.id, granteeUserId: f.users.office, reason: 'x' }),
    );
    expect(fieldCodes(office)).toEqual(['granteeUserId:NOT_DISCIPLINE_USER']);
    const retired = await failure(
      requestClueDisclosure(d1, { clueCaseId: caseB.id, granteeUserId: f.users.retired, reason: 'x' }),
    );
    expect(fieldCodes(retired)).toEqual(['granteeUserId:NOT_DISCIPLINE_USER']);
    const missing = await failure(
      requestClueDisclosure(d1, { clueCaseId: 999_999, granteeUserId: f.users.d3, reason: 'x' }),
    );
    expect(fieldCodes(missing)).toEqual(['clueCaseId:NOT_FOUND']);
    const pending = await requestClueDisclosure(d1, {
      clueCaseId: caseB.id,
      granteeUserId: f.users.d3,
      reason: '再次申请',
    });
    const again = await failure(
      requestClueDisclosure(as(f.actor('d2')), {
        clueCaseId: caseB.id,
        granteeUserId: f.users.d3,
        reason: 'x',
      }),
    );
    expect(fieldCodes(again)).toEqual(['granteeUserId:PENDING_EXISTS']);
    // Only the one who asked withdraws.
    const other = await failure(
      withdrawClueDisclosure(as(f.actor('d2')), { id: pending.id, version: pending.version }),
    );
    expect(fieldCodes(other)).toEqual(['id:NOT_REQUESTER']);
    const withdrawn = await withdrawClueDisclosure(d1, { id: pending.id, version: pending.version });
    expect(withdrawn.status).toBe('WITHDRAWN');
  });
});

describe('the audit trail', () => {
  it('holds no subject or informant anywhere, for anyone', async () => {
    const rows = await t.db.select().from(auditEvents);
    const history = await t.db.select().from(clueCaseEvents);
    const requests = await t.db.select().from(clueDisclosureRequests);
    expect(rows.filter((r) => r.entity === 'clueCase').length).toBeGreaterThan(5);
    for (const text of [...rows, ...history, ...requests].map((r) => JSON.stringify(r)))
      for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
