import { clueCaseOwners, clueCases, users } from '@rectify/db';
import { DEMO_PASSWORD } from '@rectify/demo';
import { systemActor } from '@rectify/domain';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Issue 13.3: no administrator action alone leads to reading a clue case's subject or informant. Every path
// an ADMIN could try, over HTTP, on the demo ledger (whose DISCIPLINE accounts own its clue cases).
let api: TestApi;
let admin = '';
const ids: Record<string, number> = {};
let ownedCaseId = 0;
let address = 0;

type Login = { login: { accessToken: string | null; errors: { code: string }[] } };
/** Each sign-in from its own (forwarded) address: throttling of one step must not decide another. */
async function signIn(username: string, password: string): Promise<string | null> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${++address}` },
    body: JSON.stringify({
      query:
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken errors { code } } }',
      variables: { u: username, p: password },
    }),
  });
  return ((await response.json()) as { data: Login }).data.login.accessToken;
}

/** What a token learns of the owned case's identities: the subject, or null when refused. */
async function subjectSeenWith(token: string | null): Promise<string | null> {
  if (!token) return null;
  const answer = await api.gql<{ clueCase: { subject: string | null } | null }>(
    `{ clueCase(id: ${ownedCaseId}) { subject } }`,
    {},
    { token },
  );
  return answer.data?.clueCase?.subject ?? null;
}

const RESET = `mutation ($id: Int!) { resetPassword(id: $id) { code reset { id status } errors { code } } }`;
/** The administrator's reset as the API offered it before: a password of the administrator's choosing. */
const OLD_RESET = `mutation ($id: Int!, $p: String!) { resetPassword(input: { id: $id, password: $p }) { errors { code } } }`;
type Reset = { resetPassword: { code: string | null; reset: { id: number; status: string } | null } };

async function inbox(token: string) {
  const answer = await api.gql<{ notifications: { nodes: { kind: string; message: string }[] } }>(
    '{ notifications(first: 50) { nodes { kind message } } }',
    {},
    { token, locale: 'en' },
  );
  return answer.data?.notifications.nodes ?? [];
}

beforeAll(async () => {
  api = await startTestApi({ demo: true, settings: { trustedProxies: ['loopback'] } });
  admin = (await signIn('admin', DEMO_PASSWORD))!;
  for (const u of await api.db.select().from(users)) ids[u.username] = u.id;
  ownedCaseId = (await api.db.select().from(clueCaseOwners)).find(
    (o) => o.userId === ids.discipline,
  )!.clueCaseId;
  // The owner does read the subject: the attacks below must not.
  expect(await subjectSeenWith(await signIn('discipline', DEMO_PASSWORD))).toEqual(expect.any(String));
}, 300_000);
afterAll(async () => {
  await api?.close();
});

describe('an administrator alone never reads a clue identity', () => {
  it('by resetting a DISCIPLINE owner’s password: no code, no password, until another DISCIPLINE user approves', async () => {
    const chosen = 'chosen-by-the-admin';
    await api.gql(OLD_RESET, { id: ids.discipline, p: chosen }, { token: admin });
    const reset = await api.gql<Reset>(RESET, { id: ids.discipline }, { token: admin });
    expect(reset.data?.resetPassword).toMatchObject({ code: null, reset: { status: 'AWAITING_APPROVAL' } });
    expect(await subjectSeenWith(await signIn('discipline', chosen))).toBeNull();
    // Nothing changed for the owner while the approval is awaited.
    expect(await subjectSeenWith(await signIn('discipline', DEMO_PASSWORD))).toEqual(expect.any(String));
    // The holder is told, and so is the discipline body, whose second member approves.
    const holder = (await signIn('discipline', DEMO_PASSWORD))!;
    expect((await inbox(holder)).map((n) => n.kind)).toContain('ACCOUNT_SECURITY');
    const approver = (await signIn('discipline2', DEMO_PASSWORD))!;
    const pending = await api.gql<{ pendingPasswordResets: { id: number; username: string }[] }>(
      '{ pendingPasswordResets { id username } }',
      {},
      { token: approver },
    );
    const resetId = reset.data!.resetPassword.reset!.id;
    expect(pending.data?.pendingPasswordResets).toContainEqual({ id: resetId, username: 'discipline' });
    // The administrator cannot approve it, nor can the holder approve their own.
    const approve = 'mutation ($id: Int!) { approvePasswordReset(id: $id) { code errors { code } } }';
    expect((await api.gql(approve, { id: resetId }, { token: admin })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(approve, { id: resetId }, { token: holder })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const approved = await api.gql<{ approvePasswordReset: { code: string } }>(
      approve,
      { id: resetId },
      { token: approver },
    );
    const code = approved.data!.approvePasswordReset.code;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // The old password is gone; only the code's holder gets in, with a password of their own.
    expect(await signIn('discipline', DEMO_PASSWORD)).toBeNull();
    const redeem = `mutation ($u: String!, $c: String!, $p: String!) {
      redeemResetCode(username: $u, code: $c, newPassword: $p) { accessToken errors { field code } } }`;
    const redeemed = await api.gql<{ redeemResetCode: { accessToken: string } }>(redeem, {
      u: 'discipline',
      c: code,
      p: 'the-holders-own-password',
    });
    const token = redeemed.data!.redeemResetCode.accessToken;
    expect(await subjectSeenWith(token)).toEqual(expect.any(String));
    const again = await api.gql<{ redeemResetCode: { errors: { code: string }[] } }>(redeem, {
      u: 'discipline',
      c: code,
      p: 'another-password-here',
    });
    expect(again.data?.redeemResetCode.errors[0]?.code).toBe('WRONG');
    // The holder is told of the new session that the code opened.
    const notices = (await inbox(token)).map((n) => n.message).join('\n');
    expect(notices).toMatch(/reset code and a session began/);
    expect(notices).toMatch(/asked to reset your password/);
  });

  it('by demoting an owner, resetting the now ordinary account, and promoting it back', async () => {
    const version = async (id: number) =>
      (await api.db.select().from(users)).find((u) => u.id === id)!.version;
    const update = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { role } errors { code } } }`;
    const id = ids.discipline2!;
    await api.gql(update, { input: { id, version: await version(id), role: 'OFFICE' } }, { token: admin });
    // As OFFICE the reset needs no approval: the administrator holds the code (or, before, a password).
    await api.gql(OLD_RESET, { id, p: 'chosen-by-the-admin' }, { token: admin });
    const reset = await api.gql<Reset>(RESET, { id }, { token: admin });
    const code = reset.data?.resetPassword.code;
    if (code) {
      await api.gql(
        'mutation ($u: String!, $c: String!) { redeemResetCode(username: $u, code: $c, newPassword: "chosen-by-the-admin") { errors { code } } }',
        { u: 'discipline2', c: code },
      );
    }
    expect(await signIn('discipline2', 'chosen-by-the-admin')).not.toBeNull();
    await api.gql(
      update,
      { input: { id, version: await version(id), role: 'DISCIPLINE' } },
      { token: admin },
    );
    // Back in DISCIPLINE, the password the administrator knows opens nothing.
    const token = await signIn('discipline2', 'chosen-by-the-admin');
    expect(token).toBeNull();
    const owned = (await api.db.select().from(clueCaseOwners)).find((o) => o.userId === id);
    if (owned) ownedCaseId = owned.clueCaseId;
    expect(await subjectSeenWith(token)).toBeNull();
    // The discipline body was told of both role changes.
    const body = (await inbox((await signIn('discipline', 'the-holders-own-password'))!)).map(
      (n) => n.message,
    );
    expect(body.join('\n')).toMatch(/no longer has the discipline role/);
    expect(body.join('\n')).toMatch(
      /gave the account .*discipline2.* the discipline role: awaiting approval/,
    );
  });

  it('by creating a DISCIPLINE account: it cannot sign in until another DISCIPLINE user approves', async () => {
    const create = `mutation ($p: String) {
      createUser(input: { username: "new-discipline", displayName: "新纪检", password: $p, role: DISCIPLINE }) {
        user { id } errors { field code } } }`;
    const withPassword = await api.gql<{ createUser: { errors: { field: string; code: string }[] } }>(
      create,
      { p: 'chosen-by-the-admin' },
      { token: admin },
    );
    const created = await signIn('new-discipline', 'chosen-by-the-admin');
    expect(created).toBeNull();
    if (withPassword.data?.createUser.errors.length) {
      expect(withPassword.data.createUser.errors).toEqual([{ field: 'password', code: 'NOT_ALLOWED' }]);
      const without = await api.gql<{ createUser: { user: { id: number } } }>(
        create,
        { p: null },
        { token: admin },
      );
      expect(without.data?.createUser.user.id).toEqual(expect.any(Number));
    }
    const body = (await inbox((await signIn('discipline', 'the-holders-own-password'))!)).map(
      (n) => n.message,
    );
    expect(body.join('\n')).toMatch(/created the discipline account .*new-discipline.*: awaiting approval/);
  });

  it('by deactivating and reactivating an owner: the password stays the holder’s', async () => {
    const row = (await api.db.select().from(users)).find((u) => u.username === 'discipline');
    const update = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { errors { code } } }`;
    await api.gql(update, { input: { id: row!.id, version: row!.version, active: false } }, { token: admin });
    await api.gql(
      update,
      { input: { id: row!.id, version: row!.version + 1, active: true } },
      { token: admin },
    );
    for (const guess of [DEMO_PASSWORD, 'chosen-by-the-admin', ''])
      expect(await signIn('discipline', guess)).toBeNull();
  });

  it('by binding an account to a case’s leader, or by API client scopes: clue cases stay closed', async () => {
    const [leader] = await api.db.select({ id: clueCases.owningLeaderId }).from(clueCases);
    const leaderToken = await api.tokenFor('LEADER', { leaderId: leader?.id ?? 1 });
    const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
    const { token: partner } = await createApiClient(ctx, {
      name: '全部范围',
      department: '某部门',
      scopes: ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    for (const token of [leaderToken, partner, admin]) {
      const answer = await api.gql(`{ clueCase(id: ${ownedCaseId}) { subject informant } }`, {}, { token });
      expect(answer.data?.clueCase ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
