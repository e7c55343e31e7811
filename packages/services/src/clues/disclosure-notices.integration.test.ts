import { notifications } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveClueDisclosure } from './approve-clue-disclosure.js';
import { rejectClueDisclosure } from './reject-clue-disclosure.js';
import { requestClueDisclosure } from './request-clue-disclosure.js';
import {
  type ClueFixture,
  intakeAs,
  makeClueFixture,
  petition,
  SECRET,
  secrets,
} from './testing/clue-fixtures.js';
import { withdrawClueDisclosure } from './withdraw-clue-disclosure.js';

let t: TestDatabase;
let f: ClueFixture;
const MATTER = '反映其在工程招投标中违规干预、收受好处费';
const REASON = '并案核查需要';
const COMMENT = '无必要';

beforeAll(async () => {
  t = await createTestDatabase();
  f = await makeClueFixture(t.db);
});
afterAll(async () => {
  await t?.close();
});

type Who = 'd1' | 'd2' | 'd3';
const as = (who: Who) => f.ctx(f.actor(who));

/** The items about one disclosure request in someone's inbox: kind, and whether still unread. */
async function notices(who: Who, requestId: number) {
  const rows = await t.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, f.users[who]),
        eq(notifications.entity, 'clueDisclosureRequest'),
        eq(notifications.entityId, requestId),
      ),
    )
    .orderBy(notifications.id);
  return rows.map((r) => `${r.kind}:${r.readAt == null ? 'unread' : 'done'}`);
}

describe('disclosure requests and decisions notify those concerned', () => {
  it('asks the owners who may decide, tells the one who asked, and settles the decider’s to-do', async () => {
    // Owned by d1 and d2; d3, no owner, asks to read the identity.
    const clue = await intakeAs(f, 'd1', petition(f, { ownerUserIds: [f.users.d2] }));
    const request = await requestClueDisclosure(as('d3'), {
      clueCaseId: clue.id,
      granteeUserId: f.users.d3,
      reason: REASON,
    });
    for (const owner of ['d1', 'd2'] as const)
      expect(await notices(owner, request.id)).toEqual(['REVIEW_REQUESTED:unread']);
    expect(await notices('d3', request.id)).toEqual([]);

    await approveClueDisclosure(as('d2'), { id: request.id, version: request.version, comment: '同意' });
    for (const owner of ['d1', 'd2'] as const)
      expect(await notices(owner, request.id)).toEqual(['REVIEW_REQUESTED:done']);
    expect(await notices('d3', request.id)).toEqual(['DECISION_MADE:unread']);
  });

  it('never asks the one who asked or the grantee to decide, and tells the asker of a rejection', async () => {
    const clue = await intakeAs(f, 'd1', petition(f, { ownerUserIds: [f.users.d2] }));
    // d1, an owner, asks for d3: only d2 may decide.
    const request = await requestClueDisclosure(as('d1'), {
      clueCaseId: clue.id,
      granteeUserId: f.users.d3,
      reason: REASON,
    });
    expect(await notices('d1', request.id)).toEqual([]);
    expect(await notices('d2', request.id)).toEqual(['REVIEW_REQUESTED:unread']);
    expect(await notices('d3', request.id)).toEqual([]);
    await rejectClueDisclosure(as('d2'), { id: request.id, version: request.version, comment: COMMENT });
    expect(await notices('d2', request.id)).toEqual(['REVIEW_REQUESTED:done']);
    expect(await notices('d1', request.id)).toEqual(['DECISION_MADE:unread']);
  });

  it('settles the owners’ to-do when the request is withdrawn, telling no one', async () => {
    const clue = await intakeAs(f, 'd1', petition(f));
    const request = await requestClueDisclosure(as('d3'), {
      clueCaseId: clue.id,
      granteeUserId: f.users.d3,
      reason: REASON,
    });
    await withdrawClueDisclosure(as('d3'), { id: request.id, version: request.version });
    expect(await notices('d1', request.id)).toEqual(['REVIEW_REQUESTED:done']);
    expect(await notices('d3', request.id)).toEqual([]);
  });

  it('names the case by its serial only: no subject, informant, matter, reason or comment', async () => {
    const rows = await t.db
      .select()
      .from(notifications)
      .where(inArray(notifications.userId, [f.users.d1, f.users.d2, f.users.d3]));
    const disclosure = rows.filter((r) => r.entity === 'clueDisclosureRequest');
    expect(disclosure.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      for (const text of [...secrets, SECRET.subjectA, MATTER, REASON, COMMENT])
        expect(JSON.stringify(row.message)).not.toContain(text);
    }
    for (const row of disclosure) expect(row.message.zh).toMatch(/线索\S+身份知悉申请/);
  });
});
