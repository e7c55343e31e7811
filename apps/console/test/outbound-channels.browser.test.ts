import { expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

// 消息发送 settings: ADMIN saves the mail server and a group robot; after a reload both secrets show masked only.
const suite = consoleSuite();

it('saves the mail server and a robot, shows errors at their field and the secrets masked after reload', async () => {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'admin');
  await page.locator('[data-nav="deliveries"]').click();
  await page.waitForURL('**/#/deliveries');
  const settings = page.locator('[data-testid="outbound-settings"]');
  await settings.locator('[data-field="host"]').fill('smtp.example.gov.cn');
  await settings.locator('[data-field="port"]').fill('465');
  await settings.locator('[data-field="username"]').fill('rectify');
  await settings.locator('[data-field="password"]').fill('mail-secret-9876');
  await settings.locator('[data-field="from"]').fill('rectify@example.gov.cn');
  await settings.locator('[data-field="quietStart"]').fill('22:00');
  await settings.locator('[data-field="quietEnd"]').fill('07:00');
  // A wrong console address is refused, the message at that field.
  await settings.locator('[data-field="consoleUrl"]').fill('console.example.gov.cn');
  await settings.getByRole('button', { name: '保存' }).click();
  const consoleUrlField = settings.locator('.MuiFormControl-root', {
    has: page.locator('[data-field="consoleUrl"]'),
  });
  await expect
    .poll(() => consoleUrlField.locator('.MuiFormHelperText-root').textContent())
    .toBe('系统地址应以 http:// 或 https:// 开头');
  await settings.locator('[data-field="consoleUrl"]').fill('https://console.example.gov.cn');
  await settings.getByRole('button', { name: '保存' }).click();
  await page.getByText('发送设置已保存').waitFor();

  const robots = page.locator('[data-testid="group-robots"]');
  await robots.locator('[data-field="robot-name"]').fill('整改办工作群');
  await robots
    .locator('[data-field="robot-url"]')
    .fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=7f3c9a21-robot-key');
  await robots.locator('[data-field="robot-secret"]').fill('SEC-robot-secret-1234');
  await robots.getByRole('button', { name: '添加机器人' }).click();
  await page.getByText('群机器人已保存').waitFor();

  await page.reload();
  const row = page.locator('[data-robot="整改办工作群"]');
  await row.waitFor();
  const rowText = (await row.textContent()) ?? '';
  expect(rowText).toContain('企业微信');
  expect(rowText).toContain('已设置');
  expect(rowText).not.toContain('7f3c9a21-robot-key');
  expect(rowText).not.toContain('SEC-robot-secret-1234');
  const stored = page.locator('[data-testid="outbound-settings"]');
  expect(await stored.locator('[data-field="host"]').inputValue()).toBe('smtp.example.gov.cn');
  expect(await stored.locator('[data-field="quietStart"]').inputValue()).toBe('22:00');
  expect(await stored.locator('[data-field="password"]').inputValue()).toBe('');
  expect(await stored.textContent()).toContain('已保存（****9876）');
  expect(await page.content()).not.toContain('mail-secret-9876');
  await screenshot(page, 'outbound-channels');
});
