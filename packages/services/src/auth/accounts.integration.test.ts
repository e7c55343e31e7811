import { sessions, users } from '@rectify/db';
import { createTestDatabase, makeLeader, makeUnit, type TestDatabase } from '@rectify/db/testing';
import { partnerActor, type Role, systemActor, userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, contextFor, failure, fieldCodes } from '../testing/index.js';
import { DEFAULT_AUTH_LIMITS } from './auth-config.js';
import { createApiClient } from './create-api-client.js';
import { createUser } from './create-user.js';
import { login } from './login.js';
import { resetPassword } from './reset-password.js';
import { changeOwnPassword } from './change-own-password.js';
import { updateUser } from './update-user.js';

const config = { jwtSecret: 'a-test-secret-of-enough-length-000', ...DEFAULT_AUTH_LIMITS };
let t: TestDatabase;
let unitId: number;
let leaderId: number;
const admin = () => contextFor(t.db, systemActor('ADMIN'));

beforeAll(async () => {
  t = await createTestDatabase();
  unitId = (await makeUnit(t.db)).id;
  leaderId = (await makeLeader(t.db)).id;
});
afterAll(async () => {
  await t?.close();
});

describe('accounts', () => {
  it('creates users bound as their role needs, audited without secrets', async () => {
    const user = await createUser(admin(), {
      username: 'wang',
      displayName: '王五',
      password: 'wang-password',
      role: 'LEADER',
      leaderId,
    });
    expect(user).toMatchObject({
      username: 'wang',
      role: 'LEADER',
      leaderId,
      unitId: null,
      active: true,
      version: 1,
    });
    const [audit] = await auditOf(t.db, 'user', user.id);
    expect(audit?.action).toBe('user.create');
    expect(JSON.stringify(audit)).not.toMatch(/argon2|wang-password/);
  });

  it('lists every problem of a new account at once', async () => {
    await createUser(admin(), {
      username: 'taken',
      displayName: '甲',
      password: 'taken-password',
      role: 'OFFICE',
    });
    const error = await failure(
      createUser(admin(), { username: 'taken', displayName: '', password: 'short', role: 'UNIT', leaderId }),
    );
    expect(fieldCodes(error)).toEqual([
      'displayName:REQUIRED',
      'leaderId:NOT_ALLOWED',
      'password:TOO_SHORT',
      'unitId:REQUIRED',
      'username:TAKEN',
    ]);
    expect(error.fieldErrors.find((e) => e.field === 'password')?.message.zh).toBe('密码至少8位');
    const badRole = await failure(
      createUser(admin(), { username: 'partner1', displayName: '乙', password: 'partner-pass', role: 'PARTNER' }),
    );
    expect(fieldCodes(badRole)).toEqual(['role:INVALID']);
    const badUnit = await failure(
      createUser(admin(), {
        username: 'unit1',
        displayName: '丙',
        password: 'unit-password',
        role: 'UNIT',
        unitId: 99_999,
      }),
    );
    expect(fieldCodes(badUnit)).toEqual(['unitId:NOT_FOUND']);
  });

  it('updates with optimistic concurrency, and deactivation ends sessions', async () => {
    const user = await createUser(admin(), {
      username: 'zhao',
      displayName: '赵六',
      password: 'zhao-password',
      role: 'UNIT',
      unitId,
    });
    await login(t.db, config, { username: 'zhao', password: 'zhao-password', address: 'a', now: new Date() });
    const updated = await updateUser(admin(), {
      id: user.id,
      version: 1,
      displayName: '赵六六',
      active: false,
    });
    expect(updated).toMatchObject({ displayName: '赵六六', active: false, version: 2 });
    const open = (await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).filter(
      (s) => !s.revokedAt,
    );
    expect(open).toEqual([]);
    const stale = await failure(updateUser(admin(), { id: user.id, version: 1, displayName: '过期' }));
    expect(stale.code).toBe('CONFLICT');
    expect((await failure(updateUser(admin(), { id: 99_999, version: 1 }))).code).toBe('NOT_FOUND');
  });

  it('resets and changes passwords', async () => {
    const user = await createUser(admin(), {
      username: 'qian',
      displayName: '钱七',
      password: 'qian-password',
      role: 'OFFICE',
    });
    await resetPassword(admin(), { id: user.id, password: 'new-qian-password' });
    await expect(
      login(t.db, config, { username: 'qian', password: 'new-qian-password', address: 'b', now: new Date() }),
    ).resolves.toBeTruthy();
    const self = contextFor(t.db, userActor('OFFICE', user.id));
    const wrong = await failure(
      changeOwnPassword(self, { currentPassword: 'nope', newPassword: 'third-password' }),
    );
    expect(fieldCodes(wrong)).toEqual(['currentPassword:WRONG']);
    await changeOwnPassword(self, { currentPassword: 'new-qian-password', newPassword: 'third-password' });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.version).toBe(3);
  });

  it.each(['OFFICE', 'LEADER', 'UNIT', 'SUPERVISOR', 'DISCIPLINE'] as Role[])(
    'refuses %s any account or token write',
    async (role) => {
      const ctx = contextFor(t.db, userActor(role, 1, { unitId, leaderId }));
      expect(
        (
          await failure(
            createUser(ctx, { username: 'x1', displayName: 'x', password: 'xxxxxxxx', role: 'OFFICE' }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect((await failure(updateUser(ctx, { id: 1, version: 1 }))).code).toBe('FORBIDDEN');
      expect(
        (
          await failure(
            createApiClient(ctx, {
              name: 'x',
              department: 'x',
              scopes: ['LEDGER_READ'],
              expiresAt: new Date(Date.now() + 1e6),
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    },
  );

  it('refuses a partner token any write', async () => {
    const ctx = contextFor(
      t.db,
      partnerActor(1, ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ']),
    );
    expect((await failure(resetPassword(ctx, { id: 1, password: 'xxxxxxxx' }))).code).toBe('FORBIDDEN');
  });
});
