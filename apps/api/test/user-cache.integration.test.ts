import { startTestApi, type TestApi } from '@rectify/api/testing';
import { permissionsOf, type Role, userActor } from '@rectify/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Two servers on one database, each with its own cache of its callers' users (UserCache) and its own
// listening connection: a change made through one server, or straight in the database, reaches the other's
// cache through PostgreSQL's notifications, which arrive just after the change commits — hence `expect.poll`
// (it retries at once; nothing here waits for a clock).

let api: TestApi;
let other: TestApi['gql'];
let admin = '';

beforeAll(async () => {
  api = await startTestApi();
  other = await api.alsoServe({});
  admin = await api.tokenFor('ADMIN');
});
afterAll(async () => {
  await api?.close();
});

const ME = '{ me { permissions } }';
type Me = { me: { permissions: string[] } };

const PASSWORD = 'correct horse battery staple';
let counter = 0;

/** A new OFFICE account, signed in through the first server: its id, tokens and version. */
async function signedInOffice() {
  const username = `cache-${++counter}`;
  const created = await api.gql<{ createUser: { user: { id: number; version: number } } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id version } errors { message } } }`,
    { input: { username, displayName: username, password: PASSWORD, role: 'OFFICE' } },
    { token: admin },
  );
  const { id, version } = created.data!.createUser.user;
  const login = await api.gql<{ login: { accessToken: string; refreshToken: string } }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }',
    { u: username, p: PASSWORD },
  );
  return { id, version, ...login.data!.login };
}

async function updateUser(input: Record<string, unknown>) {
  const result = await api.gql<{ updateUser: { errors: unknown[] } }>(
    'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { errors { message } } }',
    { input },
    { token: admin },
  );
  expect(result.data?.updateUser.errors).toEqual([]);
}

/** The role the server takes the caller for (by its permissions: `me.user` reads the account afresh). */
async function roleOn(gql: TestApi['gql'], token: string): Promise<Role | null> {
  const permissions = (await gql<Me>(ME, {}, { token })).data?.me.permissions;
  if (!permissions) return null;
  const roles = (['OFFICE', 'SUPERVISOR', 'ADMIN'] as const).filter(
    (role) => JSON.stringify([...permissionsOf(userActor(role, 1))].sort()) === JSON.stringify(permissions),
  );
  return roles.length === 1 ? roles[0]! : null;
}

describe('the user cache', () => {
  it('answers a signed-in caller with one statement once it knows the user', async () => {
    const user = await signedInOffice();
    await api.gql(ME, {}, { token: user.accessToken });
    api.statements.length = 0;
    const answer = await api.gql<{ tasks: { nodes: unknown[] } }>(
      '{ tasks(first: 1) { nodes { id } } }',
      {},
      { token: user.accessToken },
    );
    expect(answer.errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
  });

  it('sees a role changed through the other server at once', async () => {
    const user = await signedInOffice();
    expect(await roleOn(other, user.accessToken)).toBe('OFFICE');
    expect(await roleOn(other, user.accessToken)).toBe('OFFICE');
    await updateUser({ id: user.id, version: user.version, role: 'SUPERVISOR' });
    await expect.poll(() => roleOn(other, user.accessToken)).toBe('SUPERVISOR');
    expect(await roleOn(api.gql, user.accessToken)).toBe('SUPERVISOR');
  });

  it('refuses a deactivated user on both servers', async () => {
    const user = await signedInOffice();
    expect(await roleOn(other, user.accessToken)).toBe('OFFICE');
    await updateUser({ id: user.id, version: user.version, active: false });
    await expect.poll(() => roleOn(other, user.accessToken)).toBeNull();
    expect(await roleOn(api.gql, user.accessToken)).toBeNull();
  });

  it('refuses an access token whose session ended through the other server', async () => {
    const user = await signedInOffice();
    expect(await roleOn(api.gql, user.accessToken)).toBe('OFFICE');
    await other('mutation ($r: String!) { logout(refreshToken: $r) }', { r: user.refreshToken });
    await expect.poll(() => roleOn(api.gql, user.accessToken)).toBeNull();
  });

  it('hears a change written straight into the database too', async () => {
    const user = await signedInOffice();
    expect(await roleOn(other, user.accessToken)).toBe('OFFICE');
    await api.db.execute(`update users set role = 'ADMIN' where id = ${Number(user.id)}`);
    await expect.poll(() => roleOn(other, user.accessToken)).toBe('ADMIN');
  });
});
