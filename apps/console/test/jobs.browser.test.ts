import { expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

// 后台任务: ADMIN sees the queue with each job's state and error, filters by state; other roles get no page.
const suite = consoleSuite({ jobs: { pollingIntervalSeconds: 0.5 } });

it('shows ADMIN the jobs, the error of a failed attempt, and filters them by state', async () => {
  const queue = suite.api.jobs!;
  const done = await queue.send('DAILY_DIGEST', { date: '2018-11-26' });
  await queue.result('DAILY_DIGEST', done);
  // A day that is no date: the digest's attempt throws, and the queue will retry it later.
  const broken = await queue.send('DAILY_DIGEST', { date: '2018-13-45' });
  await queue.result('DAILY_DIGEST', broken, { untilRetry: true }).catch(() => undefined);

  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'admin');
  await page.locator('[data-nav="jobs"]').click();
  await page.waitForURL('**/#/jobs');
  const row = (id: string) => page.locator(`[data-job-id="${id}"]`);
  await row(broken).waitFor();
  expect(await row(done).getAttribute('data-job-state')).toBe('COMPLETED');
  await expect.poll(() => row(done).locator('td').first().textContent()).toBe('每日提醒');
  expect(await row(done).locator('td').nth(1).textContent()).toBe('已完成');
  expect(await row(broken).locator('td').nth(1).textContent()).toMatch(/^等待重试下次尝试 \d{4}年/);
  expect(await row(broken).locator('[data-job-error]').textContent()).toMatch(/Invalid time value/);
  await screenshot(page, 'console-jobs');

  await page.locator('[data-job-state-filter]').click();
  await page.getByRole('option', { name: '等待重试' }).click();
  await row(done).waitFor({ state: 'detached' });
  expect(await page.locator('[data-job-id]').count()).toBe(1);
  await page.close();
});

it('offers no jobs page to other roles', async () => {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'office');
  expect(await page.locator('[data-nav="jobs"]').count()).toBe(0);
  await page.goto(`${suite.api.url}/#/jobs`);
  await page.waitForURL((url) => url.hash === '#/');
  expect(await page.locator('[data-job-id]').count()).toBe(0);
  await page.close();
});

it('generates the whole ledger in the background: queued, then a download', async () => {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'office');
  await page.goto(`${suite.api.url}/#/ledger`);
  await page.getByRole('button', { name: '后台生成' }).click();
  await page.locator('[data-background="ledger"]').click();
  const status = page.locator('[data-testid="background-file"]');
  await status.waitFor();
  // The queue takes it within a poll or two; the chip says where it stands, then offers the file.
  await expect.poll(() => status.getAttribute('data-state'), { timeout: 60_000 }).toBe('DONE');
  expect(await status.textContent()).toMatch(/^下载 整改台账-.+\.xlsx$/u);
  const [download] = await Promise.all([page.waitForEvent('download'), status.click()]);
  expect(download.suggestedFilename()).toMatch(/^整改台账-.+\.xlsx$/u);
  await page.close();
});
