import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

const suite = consoleSuite();
const USERNAME = 'pw.office';
const FIRST = 'first-pass-123';
const SECOND = 'second-pass-456';

const LOGIN = `mutation($u: String!, $p: String!) {
  login(username: $u, password: $p) { accessToken refreshToken errors { code } }
}`;
type Login = {
  login: { accessToken: string | null; refreshToken: string | null; errors: { code: string }[] };
};

beforeAll(async () => {
  const created = await suite.api.gql<{ createUser: { errors: unknown[] } }>(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { errors { field message } } }`,
    { i: { username: USERNAME, displayName: '改密办公室', password: FIRST, role: 'OFFICE' } },
    { token: await apiToken(suite.api, 'admin') },
  );
  expect(created.data?.createUser.errors).toEqual([]);
});

describe('changing one’s own password', () => {
  it('names what is wrong under each field, then keeps this browser signed in and signs out every other', async () => {
    const elsewhere = (await suite.api.gql<Login>(LOGIN, { u: USERNAME, p: FIRST })).data!.login;
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, USERNAME, FIRST);
    await page.locator('.RaUserMenu-userButton').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.waitForURL('**/#/account/password');
    const form = page.locator('[data-testid="change-password"]');

    // Typed twice differently: the console says so before asking the server.
    await form.locator('input[name="currentPassword"]').fill(FIRST);
    await form.locator('input[name="newPassword"]').fill(SECOND);
    await form.locator('input[name="confirmPassword"]').fill('something-else');
    await form.locator('button[type="submit"]').click();
    await form.getByText('两次输入的新密码不一致').waitFor();

    // The server's refusal comes back under the field it concerns, in Chinese.
    await form.locator('input[name="currentPassword"]').fill('not-my-password');
    await form.locator('input[name="confirmPassword"]').fill(SECOND);
    await form.locator('button[type="submit"]').click();
    await form.getByText('当前密码不正确').waitFor();
    await screenshot(page, 'change-password-refused');
    expect((await suite.api.gql<Login>(LOGIN, { u: USERNAME, p: FIRST })).data?.login.errors).toEqual([]);

    await form.locator('input[name="currentPassword"]').fill(FIRST);
    await form.locator('button[type="submit"]').click();
    await page.getByText('密码已修改').waitFor();
    // Still signed in here, with the new session: the ledger loads.
    await page.goto(`${suite.api.url}/#/tasks`);
    await page.locator('.RaDataTable-table tbody tr').first().waitFor();

    const refreshed = await suite.api.gql<{ refreshSession: { errors: { code: string }[] } }>(
      'mutation($t: String!) { refreshSession(refreshToken: $t) { errors { code } } }',
      { t: elsewhere.refreshToken },
    );
    expect(refreshed.data?.refreshSession.errors).toEqual([{ code: 'UNAUTHENTICATED' }]);
    expect((await suite.api.gql<Login>(LOGIN, { u: USERNAME, p: FIRST })).data?.login.errors[0]?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await suite.api.gql<Login>(LOGIN, { u: USERNAME, p: SECOND })).data?.login.errors).toEqual([]);
    await page.close();
  });
});
