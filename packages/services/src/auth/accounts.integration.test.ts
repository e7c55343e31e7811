import { auditEvents, sessions, users } from '@rectify/db';
import { createTestDatabase, makeLeader, makeUnit, type TestDatabase } from '@rectify/db/testing';
import { type Actor, partnerActor, type Role, systemActor, userActor } from '@rectify/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { type AuthConfig, DEFAULT_AUTH_LIMITS } from './auth-config.js';
import { changeOwnPassword } from './change-own-password.js';
import { type CreateUserInput, createUser } from './create-user.js';
import { login } from './login.js';
import { redeemResetCode } from './redeem-reset-code.js';
import { refreshSession } from './refresh-session.js';
import { resetPassword } from './reset-password.js';
import { updateUser } from './update-user.js';

const config: AuthConfig = { jwtSecret: 'a-test-secret-of-enough-length-000', ...DEFAULT_AUTH_LIMITS };
const now = new Date('2018-11-26T02:00:00Z');
let t: TestDatabase;
let unitId: number;
let leaderId: number;
const admin = () => contextFor(t.db, systemActor('ADMIN'), { now });
/** Every password this file uses: none may reach the audit log. */
const secrets: string[] = [];
let address = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  unitId = (await makeUnit(t.db)).id;
  leaderId = (await makeLeader(t.db)).id;
});
afterAll(async () => {
  await t?.close();
});

const newUser = (values: Partial<CreateUserInput> & { username: string }, ctx = admin()) => {
  const input = {
    displayName: '测试用户',
    password: `${values.username}-password`,
    role: 'OFFICE',
    ...values,
  };
  secrets.push(String(input.password));
  return createUser(ctx, input as CreateUserInput);
};

// Each sign-in from its own address, so that the rate limit of one test does not reach another.
const signIn = (username: string, password: string) =>
  login(t.db, config, { username, password, address: `10.0.0.${++address}`, now });

const counts = async () => ({
  users: (await t.db.select().from(users)).length,
  audit: (await t.db.select().from(auditEvents)).length,
});

const openSessions = (userId: number) =>
  t.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));

describe('creating an account', () => {
  it('binds each role as it needs, keeps the username in lower case, audits without secrets', async () => {
    const leader = await newUser({ username: 'Wang.Wu', role: 'LEADER', leaderId });
    expect(leader).toMatchObject({
      username: 'wang.wu',
      displayName: '测试用户',
      role: 'LEADER',
      leaderId,
      unitId: null,
      active: true,
      version: 1,
    });
    expect(leader).not.toHaveProperty('passwordHash');
    const unit = await newUser({ username: 'unit_liaison-1', role: 'UNIT', unitId, leaderId: null });
    expect(unit).toMatchObject({ role: 'UNIT', unitId, leaderId: null });
    const [event] = await auditOf(t.db, 'user', leader.id);
    expect(event).toMatchObject({ action: 'user.create', before: null, after: { username: 'wang.wu' } });
    expect(event!.after).not.toHaveProperty('passwordHash');
    await expect(signIn('wang.wu', 'Wang.Wu-password')).resolves.toMatchObject({ user: { id: leader.id } });
  });

  it.each([
    ['no username', { username: '' }, ['username:REQUIRED']],
    ['a short username', { username: 'ab' }, ['username:INVALID']],
    ['a long username', { username: 'a'.repeat(33) }, ['username:INVALID']],
    ['a username with a space', { username: 'zhang san' }, ['username:INVALID']],
    ['a username in Chinese', { username: '张三丰' }, ['username:INVALID']],
    ['no display name', { username: 'u01', displayName: '  ' }, ['displayName:REQUIRED']],
    ['a long display name', { username: 'u02', displayName: '名'.repeat(51) }, ['displayName:TOO_LONG']],
    ['no password', { username: 'u03', password: '' }, ['password:REQUIRED']],
    ['a short password', { username: 'u04', password: '1234567' }, ['password:TOO_SHORT']],
    ['the PARTNER role', { username: 'u05', role: 'PARTNER' }, ['role:INVALID']],
    ['an unknown role', { username: 'u06', role: 'BOSS' }, ['role:INVALID']],
    ['a UNIT user without a unit', { username: 'u07', role: 'UNIT' }, ['unitId:REQUIRED']],
    [
      'a UNIT user with an unknown unit',
      { username: 'u08', role: 'UNIT', unitId: 99_999 },
      ['unitId:NOT_FOUND'],
    ],
    ['a LEADER user without a leader', { username: 'u09', role: 'LEADER' }, ['leaderId:REQUIRED']],
    [
      'a LEADER user with an unknown leader',
      { username: 'u10', role: 'LEADER', leaderId: 99_999 },
      ['leaderId:NOT_FOUND'],
    ],
    ['an OFFICE user bound to a unit', { username: 'u11', unitId: 1 }, ['unitId:NOT_ALLOWED']],
    ['an OFFICE user bound to a leader', { username: 'u12', leaderId: 1 }, ['leaderId:NOT_ALLOWED']],
  ] as const)('refuses %s, writing nothing', async (_name, values, expected) => {
    const before = await counts();
    const error = await failure(newUser(values as Partial<CreateUserInput> & { username: string }));
    expect(error.code).toBe('VALIDATION');
    expect(fieldCodes(error)).toEqual(expected);
    for (const e of error.fieldErrors) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/[a-z]/);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a username taken, whatever its case', async () => {
    await newUser({ username: 'taken' });
    const error = await failure(newUser({ username: 'TAKEN' }));
    expect(fieldCodes(error)).toEqual(['username:TAKEN']);
    expect(error.fieldErrors[0]?.message).toEqual({
      zh: '用户名“taken”已被使用',
      en: 'the username "taken" is taken',
    });
  });

  it('gives the same answer when two administrators create one username at once', async () => {
    const results = await Promise.allSettled([
      newUser({ username: 'twice' }),
      newUser({ username: 'twice' }),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(fieldCodes(refused[0]!.reason)).toEqual(['username:TAKEN']);
    expect(await t.db.select().from(users).where(eq(users.username, 'twice'))).toHaveLength(1);
  });

  it('lists every problem at once', async () => {
    const error = await failure(
      createUser(admin(), {
        username: 'taken',
        displayName: '',
        password: 'short',
        role: 'UNIT',
        leaderId,
      }),
    );
    expect(fieldCodes(error)).toEqual([
      'displayName:REQUIRED',
      'leaderId:NOT_ALLOWED',
      'password:TOO_SHORT',
      'unitId:REQUIRED',
      'username:TAKEN',
    ]);
    expect(error.label).toEqual({ zh: '输入有误（5处）', en: 'invalid input (5)' });
    expect(error.fieldErrors.find((e) => e.field === 'password')?.message.zh).toBe('密码至少8位');
  });
});

describe('changing an account', () => {
  it('changes the given fields, bumps the version, and audits before and after', async () => {
    const user = await newUser({ username: 'zhao', role: 'UNIT', unitId });
    const updated = await updateUser(admin(), {
      id: user.id,
      version: 1,
      displayName: ' 赵六 ',
      role: 'LEADER',
      unitId: null,
      leaderId,
    });
    expect(updated).toMatchObject({
      displayName: '赵六',
      role: 'LEADER',
      unitId: null,
      leaderId,
      active: true,
      version: 2,
    });
    const [event] = await auditOf(t.db, 'user', user.id);
    expect(event).toMatchObject({
      action: 'user.update',
      before: { role: 'UNIT', unitId, version: 1 },
      after: { role: 'LEADER', leaderId, version: 2 },
    });
    expect(event!.before).not.toHaveProperty('passwordHash');
    expect(event!.after).not.toHaveProperty('passwordHash');
  });

  it('refuses a stale version, an unknown id and a bad binding, leaving the row as it was', async () => {
    const user = await newUser({ username: 'sun' });
    await updateUser(admin(), { id: user.id, version: 1, displayName: '孙八' });
    const before = await counts();
    const stale = await failure(updateUser(admin(), { id: user.id, version: 1, displayName: '过期' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.label.zh).toBe('用户已被他人修改，请刷新后重试；您填写的内容已保留');
    expect(fieldCodes(stale)).toEqual(['version:CONFLICT']);
    expect((await failure(updateUser(admin(), { id: 99_999, version: 1 }))).code).toBe('NOT_FOUND');
    const unbound = await failure(updateUser(admin(), { id: user.id, version: 2, role: 'UNIT' }));
    expect(fieldCodes(unbound)).toEqual(['unitId:REQUIRED']);
    const partner = await failure(updateUser(admin(), { id: user.id, version: 2, role: 'PARTNER' }));
    expect(fieldCodes(partner)).toEqual(['role:INVALID']);
    expect(await counts()).toEqual(before);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ displayName: '孙八', role: 'OFFICE', version: 2 });
  });

  it('ends the sessions of a deactivated account, which can no longer sign in', async () => {
    const user = await newUser({ username: 'zhou', role: 'UNIT', unitId });
    await signIn('zhou', 'zhou-password');
    await signIn('zhou', 'zhou-password');
    expect(await openSessions(user.id)).toHaveLength(2);
    await updateUser(admin(), { id: user.id, version: 1, active: false });
    expect(await openSessions(user.id)).toEqual([]);
    expect((await failure(signIn('zhou', 'zhou-password'))).code).toBe('UNAUTHENTICATED');
    await updateUser(admin(), { id: user.id, version: 2, active: true });
    await expect(signIn('zhou', 'zhou-password')).resolves.toBeTruthy();
  });

  it('keeps an administrator: none deactivates themselves, nor the last active one', async () => {
    const first = await newUser({ username: 'admin1', role: 'ADMIN' });
    const self = contextFor(t.db, userActor('ADMIN', first.id), { now });
    expect(fieldCodes(await failure(updateUser(self, { id: first.id, version: 1, active: false })))).toEqual([
      'active:LAST_ADMIN',
      'active:SELF',
    ]);
    expect(
      fieldCodes(await failure(updateUser(admin(), { id: first.id, version: 1, role: 'OFFICE' }))),
    ).toEqual(['role:LAST_ADMIN']);
    expect(
      fieldCodes(await failure(updateUser(admin(), { id: first.id, version: 1, active: false }))),
    ).toEqual(['active:LAST_ADMIN']);
    const second = await newUser({ username: 'admin2', role: 'ADMIN' });
    await expect(updateUser(admin(), { id: first.id, version: 1, role: 'OFFICE' })).resolves.toMatchObject({
      role: 'OFFICE',
    });
    expect(
      fieldCodes(await failure(updateUser(admin(), { id: second.id, version: 1, active: false }))),
    ).toEqual(['active:LAST_ADMIN']);
  });
});

describe('passwords', () => {
  it('are reset with a one-time code that the holder redeems, which ends the user’s sessions', async () => {
    const user = await newUser({ username: 'qian' });
    const session = await signIn('qian', 'qian-password');
    secrets.push(session.refreshToken, 'new-qian-password');
    const reset = await resetPassword(admin(), { id: user.id });
    expect(reset.user).toMatchObject({ id: user.id });
    expect(reset.user).not.toHaveProperty('passwordHash');
    expect(reset.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    secrets.push(reset.code!);
    expect(await openSessions(user.id)).toEqual([]);
    expect((await failure(signIn('qian', 'qian-password'))).code).toBe('UNAUTHENTICATED');
    const redeem = (code: string) =>
      redeemResetCode(t.db, config, {
        username: 'qian',
        code,
        newPassword: 'new-qian-password',
        address: `10.0.0.${++address}`,
        now,
      });
    expect((await failure(redeem('AAAA-BBBB-CCCC-DDDD'))).code).toBe('UNAUTHENTICATED');
    await expect(redeem(reset.code!.toLowerCase())).resolves.toMatchObject({ user: { id: user.id } });
    expect((await failure(redeem(reset.code!))).code).toBe('UNAUTHENTICATED');
    await expect(signIn('qian', 'new-qian-password')).resolves.toBeTruthy();
    const event = (await auditOf(t.db, 'user', user.id)).find((e) => e.action === 'user.resetPassword');
    expect(event).toMatchObject({ before: { version: 1 }, after: { passwordResetId: reset.reset.id } });
    expect(JSON.stringify(await t.db.select().from(auditEvents))).not.toContain(reset.code!);
  });

  it('are not reset for an unknown user', async () => {
    const user = await newUser({ username: 'feng' });
    const before = await counts();
    expect((await failure(resetPassword(admin(), { id: 99_999 }))).code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
    await expect(signIn('feng', 'feng-password')).resolves.toBeTruthy();
    expect(user.id).toBeGreaterThan(0);
  });

  it('are changed by their owner, who must know the current one', async () => {
    const user = await newUser({ username: 'chen' });
    secrets.push('chen-new-password');
    const self = contextFor(t.db, userActor('OFFICE', user.id), { now });
    const before = await counts();
    const wrong = await failure(
      changeOwnPassword(self, config, { currentPassword: 'nope', newPassword: 'chen-new-password' }),
    );
    expect(fieldCodes(wrong)).toEqual(['currentPassword:WRONG']);
    const weak = await failure(
      changeOwnPassword(self, config, { currentPassword: 'chen-password', newPassword: 'short' }),
    );
    expect(fieldCodes(weak)).toEqual(['newPassword:TOO_SHORT']);
    const same = await failure(
      changeOwnPassword(self, config, { currentPassword: 'chen-password', newPassword: 'chen-password' }),
    );
    expect(fieldCodes(same)).toEqual(['newPassword:SAME']);
    expect(await counts()).toEqual(before);

    const elsewhere = await signIn('chen', 'chen-password');
    const session = await changeOwnPassword(self, config, {
      currentPassword: 'chen-password',
      newPassword: 'chen-new-password',
    });
    // Every earlier session ends (the one signed in elsewhere too); the owner holds a new one.
    expect(await refreshSession(t.db, config, elsewhere.refreshToken, now).catch((e) => e.code)).toBe(
      'UNAUTHENTICATED',
    );
    expect(session.user.id).toBe(user.id);
    await expect(refreshSession(t.db, config, session.refreshToken, now)).resolves.toBeTruthy();
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.version).toBe(2);
    expect((await failure(signIn('chen', 'chen-password'))).code).toBe('UNAUTHENTICATED');
    await expect(signIn('chen', 'chen-new-password')).resolves.toBeTruthy();
    const event = (await auditOf(t.db, 'user', user.id)).find((e) => e.action === 'user.changePassword');
    expect(event).toMatchObject({ actorUserId: user.id, before: { version: 1 }, after: { version: 2 } });
  });

  it('are changed only by a signed-in, active person', async () => {
    const partner = contextFor(t.db, partnerActor(1, ['LEDGER_READ']), { now });
    const input = { currentPassword: 'whatever-1', newPassword: 'whatever-2' };
    expect((await failure(changeOwnPassword(partner, config, input))).code).toBe('UNAUTHENTICATED');
    expect((await failure(changeOwnPassword(admin(), config, input))).code).toBe('UNAUTHENTICATED');
    const ghost = contextFor(t.db, userActor('OFFICE', 99_999), { now });
    expect((await failure(changeOwnPassword(ghost, config, input))).code).toBe('UNAUTHENTICATED');
  });
});

describe('who may manage accounts', () => {
  const refused: [string, Actor][] = [
    ...(['OFFICE', 'LEADER', 'UNIT', 'SUPERVISOR', 'DISCIPLINE'] as Role[]).map((role): [string, Actor] => [
      role,
      userActor(role, 1, { unitId: 1, leaderId: 1 }),
    ]),
    [
      'a partner token',
      partnerActor(1, ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ']),
    ],
  ];

  it.each(refused)('refuses %s, writing nothing', async (name, actor) => {
    const target = await newUser({ username: `target-${name.replace(/\W/g, '').toLowerCase()}` });
    const before = await counts();
    const ctx = contextFor(t.db, actor, { now });
    const created = await failure(
      createUser(ctx, { username: 'intruder', displayName: '某', password: 'intruder-pass', role: 'ADMIN' }),
    );
    expect(created.code).toBe('FORBIDDEN');
    expect(created.label).toEqual({ zh: '没有权限（user.write）', en: 'not allowed (user.write)' });
    expect((await failure(updateUser(ctx, { id: target.id, version: 1, role: 'ADMIN' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(resetPassword(ctx, { id: target.id }))).code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const [row] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ role: 'OFFICE', version: 1 });
  });
});

describe('the audit log', () => {
  it('holds no password and no hash', async () => {
    const log = JSON.stringify(await t.db.select().from(auditEvents));
    expect(log).toContain('user.create');
    // Only the valid ones: a short refused one such as "short" might occur by chance.
    for (const secret of secrets.filter((s) => s.length >= 8)) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/argon2|passwordHash|"password"/);
  });
});
