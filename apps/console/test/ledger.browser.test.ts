import { TaskStatus } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite, DEMO_PASSWORD } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

const suite = consoleSuite();

type Issue = {
  id: number;
  code: string;
  figures: { totalTasks: number; closedTasks: number; overdueTasks: number };
};

describe('the ledger workspace', () => {
  it('draws the whole feedback tree, numbered as printed, with each node’s progress', async () => {
    const token = await apiToken(suite.api, 'office');
    const { data } = await suite.api.gql<{ issues: { totalCount: number; nodes: Issue[] } }>(
      '{ issues(first: 100) { totalCount nodes { id code figures { totalTasks closedTasks overdueTasks } } } }',
      {},
      { token },
    );
    const issues = data!.issues;
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.goto(`${suite.api.url}/#/ledger`);
    const rows = page.locator('[role="treeitem"]');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(issues.totalCount);
    // Document order, with the codes exactly as the feedback prints them.
    const codes = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-code')));
    expect(codes).toEqual(issues.nodes.map((i) => i.code));
    expect(codes.slice(0, 2)).toEqual(['二(一)', '二(一)1.']);
    for (const issue of issues.nodes.filter((i) => i.figures.totalTasks > 0).slice(0, 5)) {
      const row = page.locator(`[role="treeitem"][data-code="${issue.code}"]`);
      expect(await row.locator('.issue-closed').textContent()).toBe(
        `已销号 ${issue.figures.closedTasks}/${issue.figures.totalTasks}`,
      );
      expect(await row.locator('.issue-overdue').textContent()).toBe(`逾期 ${issue.figures.overdueTasks}`);
    }
    await screenshot(page, 'ledger-tree');

    // A node's task link opens the task list narrowed to that subtree.
    const withTasks = issues.nodes.find((i) => i.figures.totalTasks > 0)!;
    await page.locator(`[role="treeitem"][data-code="${withTasks.code}"] a[href*="/tasks"]`).click();
    await page.locator('[data-testid="issue-filter"]').getByText(withTasks.code).waitFor();
    await page.close();
  });

  it('speaks English when asked, and remembers it across sessions', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'leader');
    const firstRow = async () => {
      await page.goto(`${suite.api.url}/#/tasks`);
      const row = page.locator('.RaDataTable-table tbody tr').first();
      await row.waitFor();
      return {
        deadline: (await row.locator('td.column-deadline').textContent()) ?? '',
        status: (await row.locator('td.column-status').textContent()) ?? '',
      };
    };
    // Chinese first: dates as a Chinese reader writes them, statuses labelled by the domain.
    const zh = await firstRow();
    expect(zh.deadline).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(TaskStatus.values.map((v) => TaskStatus.label(v, 'zh'))).toContain(zh.status);

    await page.locator('button:has-text("中文")').first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('[data-nav="tasks"]', { hasText: 'Tasks' }).waitFor();
    const en = await firstRow();
    expect(en.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(TaskStatus.values.map((v) => TaskStatus.label(v, 'en'))).toContain(en.status);
    await screenshot(page, 'tasks-english');
    await page.locator('.RaUserMenu-userButton').click();
    await page.getByText('Logout').click();
    // Signed out, the login page still speaks English, and so does the next session.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.locator('input[name="username"]').fill('leader');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-nav="ledger"]', { hasText: 'Ledger' }).waitFor();
    await page.reload();
    await page.locator('[data-nav="tasks"]', { hasText: 'Tasks' }).waitFor();
    await page.close();
  });
});
