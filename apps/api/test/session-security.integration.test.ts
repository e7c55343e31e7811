import { DEMO_PASSWORD } from '@rectify/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Issue 13.8: a copied refresh token ends its session; logout ends the session's access tokens at once.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
}, 300_000);
afterAll(async () => {
  await api?.close();
});

type Pair = { accessToken: string; refreshToken: string };
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken errors { code } } }`;
const signIn = async (username: string) =>
  (await api.gql<{ login: Pair }>(LOGIN, { u: username, p: DEMO_PASSWORD })).data!.login;
const refresh = async (refreshToken: string) =>
  (await api.gql<{ refreshSession: Pair & { errors: { code: string }[] } }>(REFRESH, { t: refreshToken }))
    .data!.refreshSession;
const whoAmI = async (token: string) =>
  (await api.gql<{ me: { user: { username: string } } }>('{ me { user { username } } }', {}, { token })).data
    ?.me?.user.username ?? null;

describe('sessions', () => {
  it('end whole when a rotated refresh token is used again: the thief and the owner are both signed out', async () => {
    const stolen = await signIn('leader');
    const renewed = await refresh(stolen.refreshToken);
    expect(renewed.errors).toEqual([]);
    expect(await whoAmI(renewed.accessToken)).toBe('leader');
    // Someone presents the copied, already rotated token.
    expect((await refresh(stolen.refreshToken)).errors[0]?.code).toBe('UNAUTHENTICATED');
    // The whole family ends: the latest refresh token, and the access tokens already issued.
    expect((await refresh(renewed.refreshToken)).errors[0]?.code).toBe('UNAUTHENTICATED');
    expect(await whoAmI(renewed.accessToken)).toBeNull();
    expect(await whoAmI(stolen.accessToken)).toBeNull();
    // Other sessions of the same user live on.
    const other = await signIn('leader');
    expect(await whoAmI(other.accessToken)).toBe('leader');
  });

  it('end at logout, access tokens included, not 15 minutes later', async () => {
    const here = await signIn('supervisor');
    const elsewhere = await signIn('supervisor');
    const renewed = await refresh(here.refreshToken);
    expect(await whoAmI(here.accessToken)).toBe('supervisor');
    const out = await api.gql<{ logout: boolean }>('mutation ($t: String!) { logout(refreshToken: $t) }', {
      t: renewed.refreshToken,
    });
    expect(out.data?.logout).toBe(true);
    expect(await whoAmI(here.accessToken)).toBeNull();
    expect(await whoAmI(renewed.accessToken)).toBeNull();
    // Evidence downloads take the same tokens: refused too.
    const file = await fetch(`${api.url}/files/evidence/1`, {
      headers: { authorization: `Bearer ${renewed.accessToken}` },
    });
    expect(file.status).toBe(401);
    // Logout ends that session only.
    expect(await whoAmI(elsewhere.accessToken)).toBe('supervisor');
  });
});
