import { apiClients, auditEvents, loginAttempts, sessions, users } from '@rectify/db';
import { createTestDatabase, makeUnit, type TestDatabase } from '@rectify/db/testing';
import { systemActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../testing/index.js';
import { failure } from '../testing/assertions.js';
import { DEFAULT_AUTH_LIMITS } from './auth-config.js';
import { authenticate } from './authenticate.js';
import { createApiClient } from './create-api-client.js';
import { createUser } from './create-user.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { refreshSession } from './refresh-session.js';
import { revokeApiClient } from './revoke-api-client.js';
import { updateUser } from './update-user.js';

const config = { jwtSecret: 'a-test-secret-of-enough-length-000', ...DEFAULT_AUTH_LIMITS };
const now = new Date('2018-11-26T02:00:00Z');
let t: TestDatabase;
let unitId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  unitId = (await makeUnit(t.db)).id;
  const admin = contextFor(t.db, systemActor('ADMIN'));
  await createUser(admin, {
    username: 'zhang',
    displayName: '张三',
    password: 'zhang-password',
    role: 'UNIT',
    unitId,
  });
  await createUser(admin, {
    username: 'retired',
    displayName: '李四',
    password: 'retired-password',
    role: 'OFFICE',
  });
  const [retired] = await t.db.select().from(users).where(eq(users.username, 'retired'));
  await updateUser(admin, { id: retired!.id, version: retired!.version, active: false });
});
afterAll(async () => {
  await t?.close();
});

const attempt = (username: string, password: string, address = '10.0.0.1', at = now) =>
  login(t.db, config, { username, password, address, now: at });

describe('sign-in', () => {
  it('signs in, stores only hashes, and authenticates the access token as the user', async () => {
    const session = await attempt('Zhang', 'zhang-password');
    expect(session.user).toMatchObject({ username: 'zhang', role: 'UNIT', unitId });
    expect(session.user).not.toHaveProperty('passwordHash');
    const [user] = await t.db.select().from(users).where(eq(users.username, 'zhang'));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, user!.id));
    expect(stored.map((s) => s.tokenHash)).not.toContain(session.refreshToken);
    const actor = await authenticate(t.db, config, session.accessToken, now);
    expect(actor).toMatchObject({ role: 'UNIT', userId: user!.id, unitId });
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.login'));
    expect(JSON.stringify(audit)).not.toContain('zhang-password');
  });

  it('refuses a wrong password, an unknown user and an inactive one alike', async () => {
    for (const [u, p] of [
      ['zhang', 'wrong-password'],
      ['nobody', 'whatever-password'],
      ['retired', 'retired-password'],
    ] as const) {
      const error = await failure(attempt(u, p, `10.1.0.${u.length}`));
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.label).toEqual({
        zh: '请先登录,或登录已过期',
        en: 'sign in first, or the session has expired',
      });
    }
    const failed = await t.db.select().from(loginAttempts).where(eq(loginAttempts.succeeded, false));
    expect(failed.length).toBeGreaterThanOrEqual(3);
  });

  it('limits failures per address, across accounts', async () => {
    const address = '10.9.9.9';
    for (let i = 0; i < config.maxFailuresPerAddress; i++)
      await failure(attempt(`guess${i}`, 'x-x-x-x-x', address));
    expect((await failure(attempt('zhang', 'zhang-password', address))).code).toBe('RATE_LIMITED');
    // a new window lets the right password in again
    const later = new Date(now.getTime() + (config.failureWindowSeconds + 1) * 1000);
    await expect(attempt('zhang', 'zhang-password', address, later)).resolves.toMatchObject({
      user: { username: 'zhang' },
    });
  });

  it('expires access tokens', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.2.0.1');
    const later = new Date(now.getTime() + (config.accessTokenTtlSeconds + 1) * 1000);
    expect(await authenticate(t.db, config, session.accessToken, later)).toBeNull();
    expect(
      await authenticate(
        t.db,
        { ...config, jwtSecret: 'another-secret-of-enough-length-00' },
        session.accessToken,
        now,
      ),
    ).toBeNull();
  });

  it('rotates refresh tokens: each works once; logout ends the session', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.3.0.1');
    const renewed = await refreshSession(t.db, config, session.refreshToken, now);
    expect(renewed.refreshToken).not.toBe(session.refreshToken);
    expect((await failure(refreshSession(t.db, config, session.refreshToken, now))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await logout(t.db, renewed.refreshToken, now)).toBe(true);
    expect((await failure(refreshSession(t.db, config, renewed.refreshToken, now))).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('partner tokens', () => {
  it('are shown once, stored hashed, scoped, and stop when revoked or expired', async () => {
    const admin = contextFor(t.db, systemActor('ADMIN'), { now });
    const { apiClient, token } = await createApiClient(admin, {
      name: '台账同步',
      department: '市政务服务数据管理局',
      scopes: ['LEDGER_READ', 'FIGURES_READ'],
      expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    });
    expect(token).toMatch(/^rfy_/);
    const [row] = await t.db.select().from(apiClients).where(eq(apiClients.id, apiClient.id));
    expect(row!.tokenHash).not.toContain(token.slice(4));
    expect(apiClient).not.toHaveProperty('tokenHash');
    expect(await authenticate(t.db, config, token, now)).toMatchObject({
      role: 'PARTNER',
      scopes: ['LEDGER_READ', 'FIGURES_READ'],
    });
    const expired = new Date(now.getTime() + 31 * 86_400_000);
    expect(await authenticate(t.db, config, token, expired)).toBeNull();
    await revokeApiClient(admin, { id: apiClient.id });
    expect(await authenticate(t.db, config, token, now)).toBeNull();
  });

  it('are refused with every problem listed, and nothing written', async () => {
    const admin = contextFor(t.db, systemActor('ADMIN'), { now });
    const before = (await t.db.select().from(apiClients)).length;
    const error = await failure(
      createApiClient(admin, {
        name: '',
        department: '',
        scopes: [],
        expiresAt: new Date(now.getTime() - 1000),
      }),
    );
    expect(error.fieldErrors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'department:REQUIRED',
      'expiresAt:IN_PAST',
      'name:REQUIRED',
      'scopes:REQUIRED',
    ]);
    expect((await t.db.select().from(apiClients)).length).toBe(before);
  });
});
