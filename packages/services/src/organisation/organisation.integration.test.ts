import { leaders, units, users } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeLeader,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { type Actor, partnerActor, type Role, userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { createLeader } from './create-leader.js';
import { createUnit } from './create-unit.js';
import { deleteLeader } from './delete-leader.js';
import { deleteUnit } from './delete-unit.js';
import { updateLeader } from './update-leader.js';
import { updateUnit } from './update-unit.js';

let t: TestDatabase;
const admin = userActor('ADMIN', 1);
const asAdmin = () => contextFor(t.db, admin);

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe('create-unit', () => {
  it('creates a unit under its parent and audits it', async () => {
    const parent = await createUnit(asAdmin(), { name: '佛山市人民政府', kind: 'GOVERNMENT_DEPARTMENT' });
    const unit = await createUnit(asAdmin(), {
      name: ' 市财政局 ',
      kind: 'GOVERNMENT_DEPARTMENT',
      parentId: parent.id,
    });
    expect(unit).toMatchObject({ name: '市财政局', parentId: parent.id, version: 1 });
    const [audit] = await auditOf(t.db, 'unit', unit.id);
    expect(audit).toMatchObject({ action: 'unit.create', actorUserId: 1, before: null });
    expect(audit!.after).toMatchObject({ id: unit.id, name: '市财政局', parentId: parent.id });
  });

  it('reports every invalid field at once, in both languages', async () => {
    const error = await failure(
      createUnit(asAdmin(), { name: ' ', kind: 'CITY' as never, parentId: 999_999 }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(fieldCodes(error)).toEqual(['kind:INVALID', 'name:REQUIRED', 'parentId:NOT_FOUND']);
    const name = error.fieldErrors.find((e) => e.field === 'name')!;
    expect(name.message.zh).toContain('单位名称');
    expect(name.message.en).toContain('Unit name');
  });

  it('refuses a name that is taken', async () => {
    await makeUnit(t.db, { name: '市审计局' });
    const error = await failure(createUnit(asAdmin(), { name: '市审计局', kind: 'GOVERNMENT_DEPARTMENT' }));
    expect(fieldCodes(error)).toEqual(['name:TAKEN']);
    expect(error.fieldErrors[0]!.message.zh).toContain('市审计局');
  });
});

describe('update-unit', () => {
  it('changes the given fields, bumps the version and audits before and after', async () => {
    const unit = await makeUnit(t.db, { name: '市发改局' });
    const parent = await makeUnit(t.db);
    const updated = await updateUnit(asAdmin(), {
      id: unit.id,
      version: 1,
      name: '市发展改革局',
      parentId: parent.id,
    });
    expect(updated).toMatchObject({ name: '市发展改革局', kind: unit.kind, parentId: parent.id, version: 2 });
    const [audit] = await auditOf(t.db, 'unit', unit.id);
    expect(audit).toMatchObject({ action: 'unit.update' });
    expect(audit!.before).toMatchObject({ name: '市发改局', version: 1, parentId: null });
    expect(audit!.after).toMatchObject({ name: '市发展改革局', version: 2, parentId: parent.id });
  });

  it('refuses a parent that would close a cycle, a taken name and a bad kind, all at once', async () => {
    const top = await makeUnit(t.db, { name: '上级' });
    const middle = await makeUnit(t.db, { parentId: top.id });
    const bottom = await makeUnit(t.db, { parentId: middle.id });
    const error = await failure(
      updateUnit(asAdmin(), {
        id: top.id,
        version: 1,
        parentId: bottom.id,
        name: middle.name,
        kind: 'X' as never,
      }),
    );
    expect(fieldCodes(error)).toEqual(['kind:INVALID', 'name:TAKEN', 'parentId:CYCLE']);
    const self = await failure(updateUnit(asAdmin(), { id: top.id, version: 1, parentId: top.id }));
    expect(fieldCodes(self)).toEqual(['parentId:CYCLE']);
    const [row] = await t.db.select().from(units).where(eq(units.id, top.id));
    expect(row).toMatchObject({ parentId: null, version: 1 });
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const unit = await makeUnit(t.db);
    await updateUnit(asAdmin(), { id: unit.id, version: 1, kind: 'DISTRICT' });
    const stale = await failure(updateUnit(asAdmin(), { id: unit.id, version: 1, kind: 'TOWN' }));
    expect(stale.code).toBe('CONFLICT');
    const missing = await failure(updateUnit(asAdmin(), { id: 999_999, version: 1, kind: 'TOWN' }));
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('delete-unit', () => {
  it('deletes an unreferenced unit and audits what it was', async () => {
    const unit = await makeUnit(t.db);
    await deleteUnit(asAdmin(), { id: unit.id, version: 1 });
    expect(await t.db.select().from(units).where(eq(units.id, unit.id))).toEqual([]);
    const [audit] = await auditOf(t.db, 'unit', unit.id);
    expect(audit).toMatchObject({ action: 'unit.delete', after: null });
    expect(audit!.before).toMatchObject({ id: unit.id, name: unit.name });
  });

  it('refuses while leaders, users, issues, tasks or co-operations refer to the unit', async () => {
    const unit = await makeUnit(t.db);
    const lead = await makeUnit(t.db);
    await makeLeader(t.db, { unitId: unit.id });
    await t.db.insert(users).values({
      username: `u${unit.id}`,
      displayName: 'x',
      passwordHash: 'x',
      role: 'UNIT',
      unitId: unit.id,
    });
    const inspection = await makeInspection(t.db);
    const issue = await makeIssue(t.db, { inspectionId: inspection.id, leadUnitId: unit.id });
    await makeTask(t.db, { issueId: issue.id, leadUnitId: unit.id });
    await makeTask(t.db, { issueId: issue.id, leadUnitId: lead.id, coUnitIds: [unit.id] });
    const error = await failure(deleteUnit(asAdmin(), { id: unit.id, version: 1 }));
    expect(fieldCodes(error)).toEqual(['id:IN_USE']);
    const { zh, en } = error.fieldErrors[0]!.message;
    for (const what of ['领导1条', '用户账号1条', '反馈问题1条', '整改任务1条', '配合任务1条'])
      expect(zh).toContain(what);
    expect(en).toContain('1 co-operations on tasks');
    expect(await t.db.select().from(units).where(eq(units.id, unit.id))).toHaveLength(1);
    const parent = await makeUnit(t.db);
    await makeUnit(t.db, { parentId: parent.id });
    const parentError = await failure(deleteUnit(asAdmin(), { id: parent.id, version: 1 }));
    expect(parentError.fieldErrors[0]!.message.zh).toContain('下级单位1条');
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const unit = await makeUnit(t.db);
    await updateUnit(asAdmin(), { id: unit.id, version: 1, kind: 'TOWN' });
    expect((await failure(deleteUnit(asAdmin(), { id: unit.id, version: 1 }))).code).toBe('CONFLICT');
    expect((await failure(deleteUnit(asAdmin(), { id: 999_999, version: 1 }))).code).toBe('NOT_FOUND');
  });
});

describe('leaders', () => {
  it('creates, updates and deletes a leader, each audited', async () => {
    const unit = await makeUnit(t.db);
    const leader = await createLeader(asAdmin(), {
      name: '鲁毅',
      post: '市委书记',
      unitId: unit.id,
      groupRole: 'HEAD',
    });
    expect(leader).toMatchObject({ name: '鲁毅', groupRole: 'HEAD', unitId: unit.id, version: 1 });
    const plain = await createLeader(asAdmin(), { name: '张三', post: '副市长' });
    expect(plain).toMatchObject({ groupRole: 'MEMBER', unitId: null });
    const updated = await updateLeader(asAdmin(), {
      id: leader.id,
      version: 1,
      post: '市委书记、组长',
      unitId: null,
    });
    expect(updated).toMatchObject({ name: '鲁毅', post: '市委书记、组长', unitId: null, version: 2 });
    await deleteLeader(asAdmin(), { id: leader.id, version: 2 });
    const audits = await auditOf(t.db, 'leader', leader.id);
    expect(audits.map((a) => a.action)).toEqual(['leader.delete', 'leader.update', 'leader.create']);
    expect(audits[1]!.before).toMatchObject({ post: '市委书记', unitId: unit.id, version: 1 });
    expect(audits[1]!.after).toMatchObject({ post: '市委书记、组长', unitId: null, version: 2 });
    expect(audits[0]!.before).toMatchObject({ id: leader.id, version: 2 });
  });

  it('reports every invalid field at once', async () => {
    const error = await failure(
      createLeader(asAdmin(), { name: '', post: ' ', unitId: 999_999, groupRole: 'CHAIR' as never }),
    );
    expect(fieldCodes(error)).toEqual([
      'groupRole:INVALID',
      'name:REQUIRED',
      'post:REQUIRED',
      'unitId:NOT_FOUND',
    ]);
    const leader = await makeLeader(t.db);
    const update = await failure(
      updateLeader(asAdmin(), { id: leader.id, version: 1, name: 'x'.repeat(51), unitId: 999_999 }),
    );
    expect(fieldCodes(update)).toEqual(['name:TOO_LONG', 'unitId:NOT_FOUND']);
  });

  it('refuses to delete a leader that users, issues or tasks name', async () => {
    const leader = await makeLeader(t.db);
    await t.db.insert(users).values({
      username: `leader${leader.id}`,
      displayName: 'x',
      passwordHash: 'x',
      role: 'LEADER',
      leaderId: leader.id,
    });
    const inspection = await makeInspection(t.db);
    const issue = await makeIssue(t.db, { inspectionId: inspection.id, leadLeaderId: leader.id });
    await makeTask(t.db, { issueId: issue.id, leaderId: leader.id });
    const error = await failure(deleteLeader(asAdmin(), { id: leader.id, version: 1 }));
    expect(fieldCodes(error)).toEqual(['id:IN_USE']);
    expect(error.fieldErrors[0]!.message.zh).toMatch(/用户账号1条.*反馈问题1条.*整改任务1条/);
    expect(await t.db.select().from(leaders).where(eq(leaders.id, leader.id))).toHaveLength(1);
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const leader = await makeLeader(t.db);
    await updateLeader(asAdmin(), { id: leader.id, version: 1, post: '市长' });
    expect((await failure(updateLeader(asAdmin(), { id: leader.id, version: 1, post: 'x' }))).code).toBe(
      'CONFLICT',
    );
    expect((await failure(deleteLeader(asAdmin(), { id: leader.id, version: 1 }))).code).toBe('CONFLICT');
    expect((await failure(updateLeader(asAdmin(), { id: 999_999, version: 1 }))).code).toBe('NOT_FOUND');
    expect((await failure(deleteLeader(asAdmin(), { id: 999_999, version: 1 }))).code).toBe('NOT_FOUND');
  });
});

describe('permissions', () => {
  const denied: [Role, Actor][] = [
    ['OFFICE', userActor('OFFICE', 2)],
    ['UNIT', userActor('UNIT', 3, { unitId: 1 })],
    ['LEADER', userActor('LEADER', 4, { leaderId: 1 })],
    ['SUPERVISOR', userActor('SUPERVISOR', 5)],
    ['DISCIPLINE', userActor('DISCIPLINE', 6)],
    ['PARTNER', partnerActor(1, ['ORGANISATION_READ', 'LEDGER_READ', 'PROGRESS_READ', 'FIGURES_READ'])],
  ];

  it.each(denied)('refuses %s every write to units and leaders, writing nothing', async (_role, actor) => {
    const unit = await makeUnit(t.db);
    const leader = await makeLeader(t.db);
    const ctx = contextFor(t.db, actor);
    const calls = [
      createUnit(ctx, { name: `禁止${unit.id}`, kind: 'TOWN' }),
      updateUnit(ctx, { id: unit.id, version: 1, name: '改名' }),
      deleteUnit(ctx, { id: unit.id, version: 1 }),
      createLeader(ctx, { name: '禁止', post: '禁止' }),
      updateLeader(ctx, { id: leader.id, version: 1, name: '改名' }),
      deleteLeader(ctx, { id: leader.id, version: 1 }),
    ];
    for (const call of calls) expect((await failure(call)).code).toBe('FORBIDDEN');
    expect(
      await t.db
        .select()
        .from(units)
        .where(eq(units.name, `禁止${unit.id}`)),
    ).toEqual([]);
    expect(await auditOf(t.db, 'unit', unit.id)).toEqual([]);
    expect(await auditOf(t.db, 'leader', leader.id)).toEqual([]);
  });
});
