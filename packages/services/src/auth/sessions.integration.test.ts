import { hash } from '@node-rs/argon2';
import { auditEvents, sessions, signInThrottle, users } from '@rectify/db';
import { createTestDatabase, makeUnit, type TestDatabase } from '@rectify/db/testing';
import { systemActor, userActor } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { signAccessToken, verifyAccessToken } from './access-token.js';
import { type AuthConfig, DEFAULT_AUTH_LIMITS } from './auth-config.js';
import { authenticate } from './authenticate.js';
import { changeOwnPassword } from './change-own-password.js';
import { createUser } from './create-user.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { redeemResetCode } from './redeem-reset-code.js';
import { refreshSession } from './refresh-session.js';
import { resetPassword } from './reset-password.js';
import { sha256 } from './secret-tokens.js';
import { updateUser } from './update-user.js';

const config: AuthConfig = { jwtSecret: 'a-test-secret-of-enough-length-000', ...DEFAULT_AUTH_LIMITS };
const now = new Date('2018-11-26T02:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const WRONG_CREDENTIALS = { zh: '用户名或密码错误', en: 'wrong username or password' };
let t: TestDatabase;
let unitId: number;
const ids: Record<string, number> = {};
/** Everything secret this file handles: none of it may reach the audit log. */
const secrets: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  unitId = (await makeUnit(t.db)).id;
  const admin = contextFor(t.db, systemActor('ADMIN'));
  const accounts = [
    { username: 'zhang', displayName: '张三', role: 'UNIT', unitId },
    { username: 'lisi', displayName: '李四', role: 'OFFICE' },
    { username: 'wang', displayName: '王五', role: 'OFFICE' },
    { username: 'retired', displayName: '赵六', role: 'OFFICE' },
    { username: 'leaving', displayName: '钱七', role: 'OFFICE' },
  ] as const;
  for (const account of accounts) {
    const user = await createUser(admin, { ...account, password: `${account.username}-password` });
    ids[account.username] = user.id;
    secrets.push(`${account.username}-password`);
  }
  await updateUser(admin, { id: ids.retired!, version: 1, active: false });
});
afterAll(async () => {
  await t?.close();
});

const attempt = (username: string, password: string, address = '10.0.0.1', at = now) => {
  secrets.push(password);
  return login(t.db, config, { username, password, address, now: at });
};

const pairOf = async (username: string, address: string) =>
  (
    await t.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, `pair:${username}\n${address}`))
  )[0];

describe('sign-in', () => {
  it('signs in, returns the user without the hash, and stores only hashes', async () => {
    const session = await attempt(' Zhang ', 'zhang-password', '10.0.0.2');
    secrets.push(session.accessToken, session.refreshToken);
    expect(session.user).toMatchObject({ id: ids.zhang, username: 'zhang', role: 'UNIT', unitId });
    expect(session.user).not.toHaveProperty('passwordHash');
    expect(session.accessTokenExpiresAt).toEqual(later(config.accessTokenTtlSeconds));
    expect(session.refreshTokenExpiresAt).toEqual(later(config.refreshTokenTtlSeconds));
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [user] = await t.db.select().from(users).where(eq(users.id, ids.zhang!));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    secrets.push(user!.passwordHash);
    const [stored] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(session.refreshToken)));
    expect(stored).toMatchObject({ userId: ids.zhang, revokedAt: null });
    expect(JSON.stringify(await t.db.select().from(sessions))).not.toContain(session.refreshToken);

    // A success leaves no failure counted for the pair.
    expect(await pairOf('zhang', '10.0.0.2')).toBeUndefined();
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.login'), eq(auditEvents.entityId, String(ids.zhang))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: ids.zhang,
      entity: 'user',
      after: { address: '10.0.0.2' },
    });
  });

  it('carries the user, role and bindings in a signed access token', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.0.0.3');
    expect(await verifyAccessToken(config, session.accessToken, now)).toEqual({
      userId: ids.zhang,
      role: 'UNIT',
      unitId,
      leaderId: null,
      sessionId: expect.any(Number),
      issuedAtMs: now.getTime(),
    });
  });

  it('refuses a wrong password, an unknown user and an inactive one with one answer', async () => {
    const cases = [
      ['zhang', 'wrong-password'],
      ['nobody', 'whatever-password'],
      ['retired', 'retired-password'],
    ] as const;
    for (const [username, password] of cases) {
      const error = await failure(attempt(username, password, '10.1.0.1'));
      expect(error.code, username).toBe('UNAUTHENTICATED');
      expect(error.label, username).toEqual(WRONG_CREDENTIALS);
      expect(error.fieldErrors, username).toEqual([]);
      expect(await pairOf(username, '10.1.0.1'), username).toMatchObject({ count: 1 });
    }
    const failedLogins = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.login'));
    expect(failedLogins.map((e) => e.entityId)).not.toContain(String(ids.retired));
  });

  it('spends about as long on an unknown user as on a wrong password', async () => {
    await failure(attempt('nobody', 'warm-up-password', '10.1.0.2')); // the dummy hash is made once
    const time = async (username: string) => {
      const start = performance.now();
      await failure(attempt(username, 'not-the-password', '10.1.0.2'));
      return performance.now() - start;
    };
    const known = Math.min(await time('wang'), await time('wang'));
    const unknown = Math.min(await time('nobody'), await time('nobody'));
    // Both verify an argon2id hash: no quick "no such user" answer.
    expect(unknown).toBeGreaterThan(known / 3);
  });

  it('slows an (account, address) pair with growing waits, never the account from another address', async () => {
    const free = config.freeFailuresPerPair;
    for (let i = 0; i < free; i++) {
      expect((await failure(attempt('lisi', `guess-${i}`, '10.2.0.1'))).code).toBe('UNAUTHENTICATED');
    }
    const blocked = await failure(attempt('lisi', 'lisi-password', '10.2.0.1'));
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(blocked.label.zh).toBe(`登录失败次数过多，请${config.pairDelaySeconds}秒后再试`);
    expect(blocked.label.en).toBe(
      `too many failed sign-ins; try again in ${config.pairDelaySeconds} seconds`,
    );
    // The owner, from elsewhere, is not locked out; another account from the same address neither.
    await expect(attempt('lisi', 'lisi-password', '10.2.9.9')).resolves.toMatchObject({
      user: { username: 'lisi' },
    });
    await expect(attempt('wang', 'wang-password', '10.2.0.1')).resolves.toMatchObject({
      user: { username: 'wang' },
    });
    // After the wait one more try; a further failure doubles the wait.
    const afterWait = later(config.pairDelaySeconds + 1);
    expect((await failure(attempt('lisi', 'guess-again', '10.2.0.1', afterWait))).code).toBe(
      'UNAUTHENTICATED',
    );
    const doubled = await failure(
      attempt('lisi', 'lisi-password', '10.2.0.1', later(2 * config.pairDelaySeconds)),
    );
    expect(doubled.code).toBe('RATE_LIMITED');
    await expect(
      attempt('lisi', 'lisi-password', '10.2.0.1', later(3 * config.pairDelaySeconds + 2)),
    ).resolves.toMatchObject({ user: { username: 'lisi' } });
    // A success forgets the pair's failures.
    expect(await pairOf('lisi', '10.2.0.1')).toBeUndefined();
  });

  it('limits failures per address, across accounts', async () => {
    const address = '10.3.0.1';
    for (let i = 0; i < config.maxFailuresPerAddress; i++)
      await failure(attempt(`guess${i}`, 'x-x-x-x-x', address));
    expect((await failure(attempt('wang', 'wang-password', address))).code).toBe('RATE_LIMITED');
    // The same account from another address still signs in.
    await expect(attempt('wang', 'wang-password', '10.3.0.2')).resolves.toBeTruthy();
    await expect(
      attempt('wang', 'wang-password', address, later(config.addressWindowSeconds + 1)),
    ).resolves.toMatchObject({ user: { username: 'wang' } });
  });

  it('reserves each password check before checking it: parallel guesses get no more than the limit', async () => {
    const guesses = await Promise.allSettled(
      Array.from({ length: 3 * config.freeFailuresPerPair }, (_, i) =>
        attempt('leaving', `parallel-${i}`, '10.4.0.1'),
      ),
    );
    const codes = guesses.map((g) => (g.status === 'rejected' ? g.reason.code : 'SIGNED_IN'));
    const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    expect(checked).toBe(config.freeFailuresPerPair);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(codes.length - checked);
    expect(await pairOf('leaving', '10.4.0.1')).toMatchObject({ count: checked });
  });

  it('upgrades a hash made with weaker parameters at the next sign-in', async () => {
    const weak = await hash('wang-password', {
      algorithm: 2,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    secrets.push(weak);
    await t.db.update(users).set({ passwordHash: weak }).where(eq(users.id, ids.wang!));
    await attempt('wang', 'wang-password', '10.5.0.1');
    const [user] = await t.db.select().from(users).where(eq(users.id, ids.wang!));
    secrets.push(user!.passwordHash);
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$/);
    expect(user!.version).toBe(1);
    await expect(attempt('wang', 'wang-password', '10.5.0.1')).resolves.toBeTruthy();
  });
});

describe('access tokens', () => {
  it('authenticate as the user, with role and bindings read afresh', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.6.0.1');
    expect(await authenticate(t.db, config, session.accessToken, now)).toEqual({
      role: 'UNIT',
      userId: ids.zhang,
      apiClientId: null,
      unitId,
      leaderId: null,
      scopes: [],
    });
    // One query by primary key, however often it runs.
    t.statements.length = 0;
    await authenticate(t.db, config, session.accessToken, now);
    expect(t.statements).toHaveLength(1);
  });

  it('stop at expiry, and are refused when forged, garbled or missing', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.6.0.2');
    const justBefore = later(config.accessTokenTtlSeconds - 1);
    expect(await authenticate(t.db, config, session.accessToken, justBefore)).not.toBeNull();
    expect(
      await authenticate(t.db, config, session.accessToken, later(config.accessTokenTtlSeconds + 1)),
    ).toBeNull();
    expect(
      await verifyAccessToken(config, session.accessToken, later(config.accessTokenTtlSeconds + 1)),
    ).toBeNull();
    const otherSecret = { ...config, jwtSecret: 'another-secret-of-enough-length-00' };
    expect(await authenticate(t.db, otherSecret, session.accessToken, now)).toBeNull();
    expect(await authenticate(t.db, config, `${session.accessToken.slice(0, -4)}AAAA`, now)).toBeNull();
    expect(await authenticate(t.db, config, 'not-a-token', now)).toBeNull();
    expect(await authenticate(t.db, config, '', now)).toBeNull();
    expect(await authenticate(t.db, config, null, now)).toBeNull();
  });

  it('stop working when the account is deactivated or gone', async () => {
    const session = await attempt('leaving', 'leaving-password', '10.6.0.3', later(3600));
    expect(await authenticate(t.db, config, session.accessToken, later(3600))).not.toBeNull();
    const admin = contextFor(t.db, systemActor('ADMIN'));
    await updateUser(admin, { id: ids.leaving!, version: 1, active: false });
    expect(await authenticate(t.db, config, session.accessToken, later(3600))).toBeNull();
    expect((await failure(refreshSession(t.db, config, session.refreshToken, later(3600)))).code).toBe(
      'UNAUTHENTICATED',
    );
    const ghost = await signAccessToken(
      config,
      { userId: 99_999, role: 'ADMIN', unitId: null, leaderId: null },
      now,
    );
    expect(await authenticate(t.db, config, ghost.token, now)).toBeNull();
  });

  it('issued before a password change or reset are refused, though not expired; later ones work', async () => {
    const at = (seconds: number) => later(7200 + seconds);
    const before = await attempt('wang', 'wang-password', '10.6.0.4', at(0));
    expect(await authenticate(t.db, config, before.accessToken, at(10))).not.toBeNull();
    const self = contextFor(t.db, userActor('OFFICE', ids.wang!), { now: at(10.5) });
    secrets.push('wang-password-2', 'wang-password-3');
    const changed = await changeOwnPassword(self, config, {
      currentPassword: 'wang-password',
      newPassword: 'wang-password-2',
    });
    expect(await authenticate(t.db, config, before.accessToken, at(11))).toBeNull();
    expect(await authenticate(t.db, config, changed.accessToken, at(11))).toMatchObject({ userId: ids.wang });

    const admin = contextFor(t.db, systemActor('ADMIN'), { now: at(20) });
    const { code } = await resetPassword(admin, { id: ids.wang! });
    secrets.push(code!);
    expect(await authenticate(t.db, config, changed.accessToken, at(21))).toBeNull();
    await redeemResetCode(t.db, config, {
      username: 'wang',
      code: code!,
      newPassword: 'wang-password-3',
      address: '10.6.0.4',
      now: at(21.5),
    });
    const after = await attempt('wang', 'wang-password-3', '10.6.0.4', at(22));
    expect(await authenticate(t.db, config, after.accessToken, at(23))).toMatchObject({ userId: ids.wang });
  });
});

describe('refresh tokens', () => {
  it('rotate: each works once, and a reused one is refused', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.7.0.1');
    const renewed = await refreshSession(t.db, config, session.refreshToken, later(60));
    secrets.push(renewed.accessToken, renewed.refreshToken);
    expect(renewed.refreshToken).not.toBe(session.refreshToken);
    expect(renewed.user).toMatchObject({ id: ids.zhang });
    expect(renewed.user).not.toHaveProperty('passwordHash');
    expect(renewed.accessTokenExpiresAt).toEqual(later(60 + config.accessTokenTtlSeconds));
    expect(await authenticate(t.db, config, renewed.accessToken, later(60))).toMatchObject({
      userId: ids.zhang,
    });
    const [old] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(session.refreshToken)));
    expect(old!.revokedAt).toEqual(later(60));
    const reused = await failure(refreshSession(t.db, config, session.refreshToken, later(120)));
    expect(reused.code).toBe('UNAUTHENTICATED');
    // A reuse means the token was copied: the whole session ends, the renewed token and access token too.
    expect((await failure(refreshSession(t.db, config, renewed.refreshToken, later(180)))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await authenticate(t.db, config, renewed.accessToken, later(180))).toBeNull();
  });

  it('expire', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.7.0.2');
    const expired = later(config.refreshTokenTtlSeconds + 1);
    expect((await failure(refreshSession(t.db, config, session.refreshToken, expired))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await failure(refreshSession(t.db, config, 'made-up-token', now))).code).toBe('UNAUTHENTICATED');
  });

  it('stop at logout', async () => {
    const session = await attempt('zhang', 'zhang-password', '10.7.0.3');
    expect(await logout(t.db, session.refreshToken, now)).toBe(true);
    expect(await logout(t.db, session.refreshToken, now)).toBe(false);
    expect(await logout(t.db, 'made-up-token', now)).toBe(false);
    expect((await failure(refreshSession(t.db, config, session.refreshToken, now))).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('the audit log', () => {
  it('holds no password, hash or token', async () => {
    const log = JSON.stringify(await t.db.select().from(auditEvents));
    expect(log).toContain('auth.login');
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/argon2|passwordHash|tokenHash|"password"|"token"/);
  });
});
