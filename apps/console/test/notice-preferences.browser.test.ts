import { expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

// 消息提醒方式: any user chooses per kind how notices reach them; e-mail needs an address, said at that field.
const suite = consoleSuite();

it('saves a unit user’s notice preferences, naming a missing address at its field, and keeps them after reload', async () => {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'unit');
  await page.locator('.RaUserMenu-userButton').click();
  await page.getByRole('menuitem', { name: '修改密码' }).click();
  await page.waitForURL('**/#/account/password');
  const card = page.locator('[data-testid="notice-preferences"][aria-busy="false"]');
  await card.locator('[data-kind="OVERDUE"]').click();
  await page.getByRole('option', { name: '即时邮件' }).click();
  await card.locator('[data-kind="DEADLINE_NEAR"]').click();
  await page.getByRole('option', { name: '每日汇总邮件' }).click();
  await card.getByRole('button', { name: '保存' }).click();
  const emailField = card.locator('.MuiFormControl-root', { has: page.locator('[data-field="email"]') });
  await expect
    .poll(() => emailField.locator('.MuiFormHelperText-root').textContent())
    .toBe('选择邮件通知前请填写邮件地址');

  await card.locator('[data-field="email"]').fill('unit@example.gov.cn');
  await card.getByRole('button', { name: '保存' }).click();
  await page.getByText('提醒方式已保存').waitFor();

  await page.reload();
  const stored = page.locator('[data-testid="notice-preferences"][aria-busy="false"]');
  await stored.waitFor();
  expect(await stored.locator('[data-field="email"]').inputValue()).toBe('unit@example.gov.cn');
  expect(await stored.locator('[data-kind="OVERDUE"]').textContent()).toBe('即时邮件');
  expect(await stored.locator('[data-kind="DEADLINE_NEAR"]').textContent()).toBe('每日汇总邮件');
  expect(await stored.locator('[data-kind="REVIEW_REQUESTED"]').textContent()).toBe('仅系统内');
  await screenshot(page, 'notice-preferences');
});
