import { apiClients, auditEvents } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { type Actor, type PartnerScope, partnerActor, systemActor, userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { type AuthConfig, DEFAULT_AUTH_LIMITS } from './auth-config.js';
import { authenticate } from './authenticate.js';
import { createApiClient } from './create-api-client.js';
import { createUser } from './create-user.js';
import { revokeApiClient } from './revoke-api-client.js';
import { sha256 } from './secret-tokens.js';

const config: AuthConfig = { jwtSecret: 'a-test-secret-of-enough-length-000', ...DEFAULT_AUTH_LIMITS };
const now = new Date('2018-11-26T02:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
let t: TestDatabase;
const admin = () => contextFor(t.db, systemActor('ADMIN'), { now });
const secrets: string[] = [];
const ADMIN_ACCOUNT = { displayName: '管理员', password: 'admin-password', role: 'ADMIN' } as const;

const valid = {
  name: '台账同步',
  department: '市政务服务数据管理局',
  scopes: ['LEDGER_READ', 'FIGURES_READ'] as PartnerScope[],
  expiresAt: days(30),
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const rowCounts = async () => ({
  clients: (await t.db.select().from(apiClients)).length,
  audit: (await t.db.select().from(auditEvents)).length,
});

describe('creating a partner token', () => {
  it('returns the token once and keeps only its hash and prefix', async () => {
    const { apiClient, token } = await createApiClient(admin(), valid);
    secrets.push(token, sha256(token));
    expect(token).toMatch(/^rfy_[A-Za-z0-9_-]{43}$/);
    expect(apiClient).toMatchObject({
      name: '台账同步',
      department: '市政务服务数据管理局',
      scopes: ['LEDGER_READ', 'FIGURES_READ'],
      tokenPrefix: token.slice(0, 8),
      expiresAt: days(30),
      revokedAt: null,
      createdById: null,
    });
    expect(apiClient).not.toHaveProperty('tokenHash');
    expect(JSON.stringify(apiClient)).not.toContain(token.slice(8));

    const [row] = await t.db.select().from(apiClients).where(eq(apiClients.id, apiClient.id));
    expect(row!.tokenHash).toBe(sha256(token));
    expect(row!.tokenPrefix).toBe(token.slice(0, 8));
    expect(JSON.stringify(row)).not.toContain(token.slice(8));

    // Revoking answers with the record, never the token again.
    const revoked = await revokeApiClient(admin(), { id: apiClient.id });
    expect(JSON.stringify(revoked)).not.toContain(token.slice(8));
    expect(revoked).not.toHaveProperty('token');
  });

  it('records who created it, audited without the token or its hash', async () => {
    const adminId = (await createUser(admin(), { ...ADMIN_ACCOUNT, username: 'admin2' })).id;
    const adminUser = contextFor(t.db, userActor('ADMIN', adminId), { now });
    const { apiClient, token } = await createApiClient(adminUser, { ...valid, scopes: ['PROGRESS_READ'] });
    secrets.push(token, sha256(token));
    expect(apiClient.createdById).toBe(adminId);
    const [event] = await auditOf(t.db, 'apiClient', apiClient.id);
    expect(event).toMatchObject({ action: 'apiClient.create', actorUserId: adminId, before: null });
    expect(event!.after).toMatchObject({ id: apiClient.id, tokenPrefix: token.slice(0, 8) });
    expect(event!.after).not.toHaveProperty('tokenHash');
  });

  it('lists every problem at once, and writes nothing', async () => {
    const before = await rowCounts();
    const error = await failure(
      createApiClient(admin(), { name: ' ', department: '', scopes: [], expiresAt: days(-1) }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(fieldCodes(error)).toEqual([
      'department:REQUIRED',
      'expiresAt:IN_PAST',
      'name:REQUIRED',
      'scopes:REQUIRED',
    ]);
    for (const e of error.fieldErrors) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).not.toBe('');
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('accepts only partner scopes, and a lifetime of at most a year', async () => {
    const badScope = await failure(
      createApiClient(admin(), { ...valid, scopes: ['LEDGER_READ', 'LEDGER_WRITE' as PartnerScope] }),
    );
    expect(fieldCodes(badScope)).toEqual(['scopes:INVALID']);
    expect(badScope.fieldErrors[0]?.message.zh).toContain('LEDGER_WRITE');
    expect(fieldCodes(await failure(createApiClient(admin(), { ...valid, expiresAt: days(367) })))).toEqual([
      'expiresAt:TOO_LONG',
    ]);
    expect(fieldCodes(await failure(createApiClient(admin(), { ...valid, expiresAt: 'soon' })))).toEqual([
      'expiresAt:INVALID_DATE',
    ]);
    expect(fieldCodes(await failure(createApiClient(admin(), { ...valid, expiresAt: now })))).toEqual([
      'expiresAt:IN_PAST',
    ]);
    const yearly = await createApiClient(admin(), {
      ...valid,
      scopes: ['ORGANISATION_READ', 'ORGANISATION_READ'],
      expiresAt: '2019-11-26T02:00:00Z',
    });
    secrets.push(yearly.token);
    expect(yearly.apiClient.scopes).toEqual(['ORGANISATION_READ']);
  });
});

describe('authenticating a partner token', () => {
  it('acts as a partner with the token’s scopes, until it expires or is revoked', async () => {
    const { apiClient, token } = await createApiClient(admin(), valid);
    secrets.push(token);
    expect(await authenticate(t.db, config, token, now)).toEqual(
      partnerActor(apiClient.id, ['LEDGER_READ', 'FIGURES_READ']),
    );
    // One indexed read per request.
    t.statements.length = 0;
    await authenticate(t.db, config, token, now);
    expect(t.statements).toHaveLength(1);

    expect(await authenticate(t.db, config, token, days(30))).toBeNull();
    expect(await authenticate(t.db, config, token, days(31))).toBeNull();
    await revokeApiClient(admin(), { id: apiClient.id });
    expect(await authenticate(t.db, config, token, now)).toBeNull();
  });

  it('refuses a made-up or altered token', async () => {
    const { token } = await createApiClient(admin(), valid);
    secrets.push(token);
    expect(
      await authenticate(t.db, config, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, now),
    ).toBeNull();
    expect(await authenticate(t.db, config, 'rfy_made-up', now)).toBeNull();
    expect(await authenticate(t.db, config, 'rfy_', now)).toBeNull();
  });
});

describe('revoking a partner token', () => {
  it('is audited with before and after, keeps the first time, and knows no unknown id', async () => {
    const { apiClient, token } = await createApiClient(admin(), valid);
    secrets.push(token);
    const first = await revokeApiClient(admin(), { id: apiClient.id });
    expect(first.revokedAt).toEqual(now);
    const again = await revokeApiClient(contextFor(t.db, systemActor('ADMIN'), { now: days(1) }), {
      id: apiClient.id,
    });
    expect(again.revokedAt).toEqual(now);
    const [second, revoked] = await auditOf(t.db, 'apiClient', apiClient.id);
    expect(revoked).toMatchObject({ action: 'apiClient.revoke', before: { revokedAt: null } });
    expect(revoked!.after).toMatchObject({ revokedAt: now.toISOString() });
    expect(second).toMatchObject({ action: 'apiClient.revoke', after: { revokedAt: now.toISOString() } });
    const missing = await failure(revokeApiClient(admin(), { id: 99_999 }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.label).toEqual({ zh: '接口令牌不存在', en: 'API client not found' });
  });
});

describe('who may manage partner tokens', () => {
  const refused: [string, Actor][] = [
    ...(['OFFICE', 'LEADER', 'UNIT', 'SUPERVISOR', 'DISCIPLINE'] as const).map((role): [string, Actor] => [
      role,
      userActor(role, 1, { unitId: 1, leaderId: 1 }),
    ]),
    [
      'a partner token',
      partnerActor(1, ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ']),
    ],
  ];

  it.each(refused)('refuses %s, writing nothing', async (_name, actor) => {
    const { apiClient, token } = await createApiClient(admin(), valid);
    secrets.push(token);
    const before = await rowCounts();
    const ctx = contextFor(t.db, actor, { now });
    const created = await failure(createApiClient(ctx, valid));
    expect(created.code).toBe('FORBIDDEN');
    expect(created.label).toEqual({ zh: '没有权限（apiClient.write）', en: 'not allowed (apiClient.write)' });
    expect((await failure(revokeApiClient(ctx, { id: apiClient.id }))).code).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
    expect(await authenticate(t.db, config, token, now)).not.toBeNull();
  });
});

describe('the audit log', () => {
  it('holds no token and no token hash', async () => {
    const log = JSON.stringify(await t.db.select().from(auditEvents));
    expect(log).toContain('apiClient.create');
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/tokenHash|"token"/);
  });
});
