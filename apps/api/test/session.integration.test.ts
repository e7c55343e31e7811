import { systemActor } from '@rectify/domain';
import { createApiClient, createUser } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    accessToken refreshToken accessTokenExpiresAt user { username role } errors { field code message }
  }
}`;
type Login = {
  login: {
    accessToken: string | null;
    refreshToken: string | null;
    user: { username: string; role: string } | null;
    errors: { code: string; message: string }[];
  };
};

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  await createUser(ctx, {
    username: 'liaison',
    displayName: '联络员',
    password: 'liaison-pass',
    role: 'UNIT',
    unitId: 1,
  });
});
afterAll(async () => {
  await api?.close();
});

describe('signing in', () => {
  it('signs in, reads who it is, renews the session once, and signs out', async () => {
    const first = await api.gql<Login>(LOGIN, { u: 'liaison', p: 'liaison-pass' });
    expect(first.data?.login.errors).toEqual([]);
    expect(first.data?.login.user).toEqual({ username: 'liaison', role: 'UNIT' });
    const token = first.data!.login.accessToken!;
    const me = await api.gql<{ me: { user: { username: string }; permissions: string[] } }>(
      '{ me { user { username unit { name } } permissions } }',
      {},
      { token },
    );
    expect(me.data?.me.user.username).toBe('liaison');
    expect(me.data?.me.permissions).toContain('progress.report');
    expect(me.data?.me.permissions).not.toContain('task.write');

    const refresh = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken errors { code } } }`;
    const renewed = await api.gql<{ refreshSession: { refreshToken: string; errors: unknown[] } }>(refresh, {
      t: first.data!.login.refreshToken,
    });
    expect(renewed.data?.refreshSession.errors).toEqual([]);
    const reused = await api.gql(refresh, { t: first.data!.login.refreshToken });
    expect(reused.data).toMatchObject({
      refreshSession: { accessToken: null, errors: [{ code: 'UNAUTHENTICATED' }] },
    });

    // The reuse ended the whole session (issue 13.8): the renewed token is refused too, and nothing is left to end.
    const ended = await api.gql(refresh, { t: renewed.data!.refreshSession.refreshToken });
    expect(ended.data).toMatchObject({ refreshSession: { errors: [{ code: 'UNAUTHENTICATED' }] } });
    const logout = 'mutation ($t: String!) { logout(refreshToken: $t) }';
    const none = await api.gql<{ logout: boolean }>(logout, { t: renewed.data!.refreshSession.refreshToken });
    expect(none.data?.logout).toBe(false);

    const second = await api.gql<Login>(LOGIN, { u: 'liaison', p: 'liaison-pass' });
    const out = await api.gql<{ logout: boolean }>(logout, { t: second.data!.login.refreshToken });
    expect(out.data?.logout).toBe(true);
    const afterLogout = await api.gql(refresh, { t: second.data!.login.refreshToken });
    expect(afterLogout.data).toMatchObject({ refreshSession: { errors: [{ code: 'UNAUTHENTICATED' }] } });
  });

  it('changes a password: field errors in the caller’s language, then every other session ends', async () => {
    const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
    await createUser(ctx, {
      username: 'changer',
      displayName: '改密者',
      password: 'changer-pass',
      role: 'OFFICE',
    });
    const signIn = async (p: string) => (await api.gql<Login>(LOGIN, { u: 'changer', p })).data!.login;
    const here = await signIn('changer-pass');
    const elsewhere = await signIn('changer-pass');
    const change = `mutation ($c: String!, $n: String!) {
      changeOwnPassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken user { username } errors { field code message } }
    }`;
    type Change = {
      changeOwnPassword: Login['login'] & { errors: { field: string; code: string; message: string }[] };
    };
    const wrong = await api.gql<Change>(
      change,
      { c: 'not-it-at-all', n: 'changer-new-pass' },
      { token: here.accessToken!, locale: 'en' },
    );
    expect(wrong.data?.changeOwnPassword.accessToken).toBeNull();
    expect(wrong.data?.changeOwnPassword.errors).toEqual([
      { field: 'currentPassword', code: 'WRONG', message: 'the current password is wrong' },
    ]);
    const changed = await api.gql<Change>(
      change,
      { c: 'changer-pass', n: 'changer-new-pass' },
      { token: here.accessToken! },
    );
    expect(changed.data?.changeOwnPassword.errors).toEqual([]);
    expect(changed.data?.changeOwnPassword.user).toEqual({ username: 'changer' });
    const refresh = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken errors { code } } }`;
    for (const old of [here, elsewhere]) {
      const renewed = await api.gql(refresh, { t: old.refreshToken });
      expect(renewed.data).toMatchObject({ refreshSession: { errors: [{ code: 'UNAUTHENTICATED' }] } });
    }
    const renewed = await api.gql(refresh, { t: changed.data!.changeOwnPassword.refreshToken });
    expect(renewed.data).toMatchObject({ refreshSession: { errors: [] } });
    expect((await signIn('changer-new-pass')).errors).toEqual([]);
  });

  it('gives a wrong password and an unknown user the same answer, in the caller’s language', async () => {
    const wrong = await api.gql<Login>(LOGIN, { u: 'liaison', p: 'nope-nope' }, { locale: 'en' });
    const unknown = await api.gql<Login>(LOGIN, { u: 'nobody', p: 'nope-nope' }, { locale: 'en' });
    expect(wrong.data?.login.errors).toEqual(unknown.data?.login.errors);
    expect(wrong.data?.login.errors[0]).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(wrong.data?.login.accessToken).toBeNull();
  });

  it('refuses further tries on an account after five failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) await api.gql(LOGIN, { u: 'office', p: `wrong-${i}` });
    const blocked = await api.gql<Login>(LOGIN, { u: 'office', p: 'rectify-demo' });
    expect(blocked.data?.login.errors[0]?.code).toBe('RATE_LIMITED');
    expect(blocked.data?.login.errors[0]?.message).toMatch(/登录失败次数过多/);
  });

  it('lets a partner token read only what its scopes grant, and write nothing', async () => {
    const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
    const { token } = await createApiClient(ctx, {
      name: '台账同步',
      department: '市政务服务数据管理局',
      scopes: ['LEDGER_READ'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const read = await api.gql<{ tasks: { totalCount: number } }>('{ tasks { totalCount } }', {}, { token });
    expect(read.data?.tasks.totalCount).toBe(183);
    const relation = await api.gql(
      '{ tasks(first: 1) { nodes { measure leadUnit { name } } } }',
      {},
      { token },
    );
    expect(relation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await api.gql('{ me { permissions } }', {}, { token });
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const write = await api.gql(
      'mutation { createUnit(input: { name: "x", kind: OTHER }) { errors { code } } }',
      {},
      { token },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
