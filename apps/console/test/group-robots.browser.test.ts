import { OUTBOUND_ALLOW_HOSTS_ENV } from '@rectify/api/testing';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

// 群机器人 rows: ADMIN pauses a robot, edits it (it stays paused), resumes it, and deletes it after confirming.
const suite = consoleSuite();
let admin = '';

/** The robots as the server holds them. */
async function stored() {
  const result = await suite.api.gql<{ groupRobots: { name: string; active: boolean }[] }>(
    '{ groupRobots { name active } }',
    {},
    { token: admin },
  );
  return result.data?.groupRobots;
}

beforeAll(async () => {
  // The robot's address is on this machine, which the outbound policy refuses unless allowed.
  vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
  admin = await suite.api.tokenFor('ADMIN');
  const saved = await suite.api.gql<{ saveGroupRobot: { errors: unknown[] } }>(
    'mutation ($i: GroupRobotInput!) { saveGroupRobot(input: $i) { errors { field code } } }',
    {
      i: { name: '督办一组群', channel: 'WECOM', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k-0001' },
    },
    { token: admin },
  );
  expect(saved.data?.saveGroupRobot.errors).toEqual([]);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

it('pauses a robot, keeps it paused through an edit, resumes it and deletes it after asking', async () => {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'admin');
  await page.locator('[data-nav="deliveries"]').click();
  await page.waitForURL('**/#/deliveries');
  const robots = page.locator('[data-testid="group-robots"]');
  const row = (name: string) => robots.locator(`[data-robot="${name}"]`);
  await row('督办一组群').waitFor();
  expect(await row('督办一组群').getAttribute('data-robot-active')).toBe('true');
  expect(await row('督办一组群').textContent()).toContain('推送中');

  await row('督办一组群').locator('[data-robot-toggle]').click();
  await page.getByText('群机器人已暂停推送').waitFor();
  await robots.locator('[data-robot="督办一组群"][data-robot-active="false"]').waitFor();
  expect(await row('督办一组群').textContent()).toContain('已暂停');
  expect(await stored()).toEqual([{ name: '督办一组群', active: false }]);

  // Renamed through the form, which leaves the address blank (kept) and says nothing of the state: still paused.
  await row('督办一组群').getByRole('button', { name: '编辑' }).click();
  await robots.locator('[data-field="robot-name"]').fill('督办一组工作群');
  await robots.getByRole('button', { name: '保存' }).click();
  await page.getByText('群机器人已保存').waitFor();
  await row('督办一组工作群').waitFor();
  expect(await row('督办一组工作群').getAttribute('data-robot-active')).toBe('false');
  expect(await stored()).toEqual([{ name: '督办一组工作群', active: false }]);

  await row('督办一组工作群').locator('[data-robot-toggle]').click();
  await page.getByText('群机器人已恢复推送').waitFor();
  await robots.locator('[data-robot="督办一组工作群"][data-robot-active="true"]').waitFor();
  expect(await stored()).toEqual([{ name: '督办一组工作群', active: true }]);

  // Deleting asks first, naming the robot; cancelling keeps it.
  await row('督办一组工作群').locator('[data-robot-remove]').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('“督办一组工作群”');
  await screenshot(page, 'group-robot-remove');
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await stored()).toEqual([{ name: '督办一组工作群', active: true }]);
  await row('督办一组工作群').locator('[data-robot-remove]').click();
  await dialog.getByRole('button', { name: '删除' }).click();
  await page.getByText('群机器人已删除').waitFor();
  await row('督办一组工作群').waitFor({ state: 'detached' });
  expect(await stored()).toEqual([]);
});
