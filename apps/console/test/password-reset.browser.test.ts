import { users } from '@rectify/db';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

const suite = consoleSuite();
const idOf = async (username: string) =>
  (await suite.api.db.select().from(users)).find((u) => u.username === username)!.id;

describe('password resets in the console', () => {
  it('gives the administrator a code for an ordinary account, which its holder redeems on the sign-in page', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'admin');
    await page.goto(`${suite.api.url}/#/users/${await idOf('supervisor')}`);
    await page.getByRole('button', { name: '重置密码' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '重置密码' }).click();
    const code = (await page.locator('[data-reset-code]').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await screenshot(page, 'password-reset-code');
    await page.getByRole('button', { name: '关闭' }).click();
    // The sign-in delays button is on the same page.
    await page.getByRole('button', { name: '解除登录限制' }).click();
    await page.getByText('已解除 0 处登录限制').waitFor();

    // The holder, on the sign-in page: 我有重置码.
    await page.evaluate(() => localStorage.removeItem('rectify.session'));
    await page.goto(`${suite.api.url}/#/login`);
    await page.getByText('我有重置码').click();
    await page.locator('input[name="username"]').fill('supervisor');
    await page.locator('input[name="code"]').fill('AAAA-BBBB-CCCC-DDDD');
    await page.locator('input[name="newPassword"]').fill('supervisor-own-pass');
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await page.getByText('用户名或重置码错误，或重置码已失效').first().waitFor();
    await page.locator('input[name="code"]').fill(code.toLowerCase());
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await page.locator('[data-nav]').first().waitFor();
    const login = await suite.api.gql<{ login: { errors: unknown[] } }>(
      'mutation { login(username: "supervisor", password: "supervisor-own-pass") { errors { code } } }',
    );
    expect(login.data?.login.errors).toEqual([]);
    await page.close();
  });

  it('sends a DISCIPLINE reset to another DISCIPLINE user for approval, who alone sees the code', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'admin');
    await page.goto(`${suite.api.url}/#/users/${await idOf('discipline')}`);
    await page.getByRole('button', { name: '重置密码' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '重置密码' }).click();
    await page.locator('[data-reset-pending]').waitFor();
    expect(await page.locator('[data-reset-code]').count()).toBe(0);
    await screenshot(page, 'password-reset-awaiting-approval');

    await signIn(page, suite.api.url, 'discipline2');
    await page.locator('[data-nav="passwordResetApprovals"]').click();
    const row = page.locator('tr', { hasText: 'discipline' }).filter({ hasText: '重置密码' });
    await row.getByRole('button', { name: '批准并生成重置码' }).click();
    const code = (await page.locator('[data-reset-code]').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await screenshot(page, 'password-reset-approved');
    await page.close();
  });
});
