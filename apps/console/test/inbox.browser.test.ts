import { OPEN_TASK_STATUSES } from '@rectify/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signIn, signInAs } from './support/sign-in.js';
import { bindingsOf, mutateAs, queryAs, uploadEvidenceAs, workflowSuite } from './support/workflow.js';

// One API for the file: the inbox, the office's settings and the weekly summary, on the demo ledger.
const suite = workflowSuite({ users: ['office'], freshTasks: 3 });

const REVIEW = `mutation($i: ReviewRequestInput!) { %s(input: $i) { closureRequest { id version } errors { message } } }`;

/** The unit asks for closure and the leader decides, through the API. */
async function closureDecidedByLeader(taskId: number, decision: 'APPROVE' | 'REJECT', comment: string) {
  await uploadEvidenceAs(suite.api, suite.tokens.unit!, taskId, `材料-${taskId}.txt`);
  const { closureRequest } = await mutateAs<{ closureRequest: { id: number; version: number } }>(
    suite.api,
    suite.tokens.unit!,
    'requestClosure',
    'mutation($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { id version } errors { message } } }',
    { i: { taskId, statement: '已完成' } },
  );
  const endorsed = await mutateAs<{ closureRequest: { id: number; version: number } }>(
    suite.api,
    suite.tokens.leader!,
    'endorseClosureRequest',
    REVIEW.replace('%s', 'endorseClosureRequest'),
    { i: { id: closureRequest.id, version: closureRequest.version, decision, comment } },
  );
  return endorsed.closureRequest;
}

async function unread(token: string): Promise<number> {
  const { notifications } = await queryAs<{ notifications: { unreadCount: number } }>(
    suite.api,
    token,
    '{ notifications(first: 1) { unreadCount } }',
  );
  return notifications.unreadCount;
}

const bell = (page: Page) => page.locator('[data-testid="inbox-bell"] [data-unread]');

describe('the inbox', () => {
  it('counts unread items in the bell, leads from an item to its task, and marks read', async () => {
    const task = suite.tasks[0]!;
    await closureDecidedByLeader(task.id, 'REJECT', '请补充现场照片。');
    const before = await unread(suite.tokens.unit!);
    expect(before).toBeGreaterThan(0);

    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'unit');
    await page.goto(`${suite.api.url}/#/inbox`);
    await page.locator(`[data-testid="inbox-bell"] [data-unread="${before}"]`).waitFor();
    const item = page.locator('[data-notification][data-read="false"]', { hasText: '请补充现场照片' });
    await item.waitFor();
    await screenshot(page, 'inbox');
    await item.click();
    await page.waitForURL(`**/#/tasks/${task.id}/show`);
    await page.locator('[data-decision="REJECT"]', { hasText: '请补充现场照片' }).waitFor();
    await page.locator(`[data-testid="inbox-bell"] [data-unread="${before - 1}"]`).waitFor();
    expect(await unread(suite.tokens.unit!)).toBe(before - 1);

    await page.locator('[data-testid="inbox-bell"]').click();
    await page.locator('[data-testid="mark-all-read"]').click();
    await page.locator('[data-testid="inbox-bell"] [data-unread="0"]').waitFor();
    // The bell and the list refresh separately: wait for the list's last unread item to go.
    await page.locator('[data-notification][data-read="false"]').first().waitFor({ state: 'detached' });
    expect(await page.locator('[data-notification][data-read="false"]').count()).toBe(0);
    expect(await unread(suite.tokens.unit!)).toBe(0);
    await page.close();
  });

  it('tells the office a closure awaits its review, and links to the task', async () => {
    const task = suite.tasks[1]!;
    await closureDecidedByLeader(task.id, 'APPROVE', '');
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await page.goto(`${suite.api.url}/#/inbox`);
    const item = page.locator('[data-notification]', { hasText: '请审核' }).first();
    await item.click();
    await page.waitForURL(`**/#/tasks/${task.id}/show`);
    await page.locator('[data-testid^="review-closure-"]').waitFor();
    expect(await bell(page).getAttribute('data-unread')).toBe(String(await unread(suite.tokens.office!)));
    await page.close();
  });
});

describe('the inbox filters', () => {
  it('show one kind, and unread items only, as the API counts them', async () => {
    const token = suite.tokens.office!;
    const expected = async (args: string) =>
      (
        await queryAs<{ notifications: { nodes: { id: number }[] } }>(
          suite.api,
          token,
          `{ notifications(first: 20${args}) { nodes { id } } }`,
        )
      ).notifications.nodes.length;
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await page.goto(`${suite.api.url}/#/inbox`);
    const items = page.locator('[data-notification]');
    await items.first().waitFor();

    await page.locator('[data-testid="inbox-filters"] [data-kind="REVIEW_REQUESTED"]').click();
    const reviews = await expected(', kind: [REVIEW_REQUESTED]');
    expect(reviews).toBeGreaterThan(0);
    await expect.poll(() => items.count()).toBe(reviews);
    expect(new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))).toEqual(
      new Set(['REVIEW_REQUESTED']),
    );

    await page.locator('[data-testid="inbox-filters"] [data-kind="ALL"]').click();
    await page.locator('[data-testid="inbox-unread-only"] input').check();
    const unreadOnly = await expected(', unreadOnly: true');
    expect(unreadOnly).toBeGreaterThan(0);
    expect(unreadOnly).toBeLessThan(await expected(''));
    await expect.poll(() => items.count()).toBe(unreadOnly);
    expect(await page.locator('[data-notification][data-read="true"]').count()).toBe(0);
    await screenshot(page, 'inbox-filters');
    await page.close();
  });
});

describe('the settings', () => {
  it('let the office set the warning lead times and the reporting cadence, refusing what is out of range', async () => {
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await page.goto(`${suite.api.url}/#/settings`);
    const warnings = page.locator('[data-testid="warning-settings"]');
    const yellow = warnings.locator('input[name="yellowDays"]');
    await yellow.fill('400');
    await warnings.locator('input[name="reminderDays"]').fill('10, 5, 1');
    await warnings.locator('button[type="submit"]').click();
    await warnings.locator('.Mui-error', { hasText: '0至365' }).first().waitFor();
    expect(await yellow.inputValue()).toBe('400');
    expect(await warnings.locator('input[name="reminderDays"]').inputValue()).toBe('10, 5, 1');

    await yellow.fill('20');
    await warnings.locator('button[type="submit"]').click();
    await page.getByText('设置已保存').waitFor();

    const reporting = page.locator('[data-testid="reporting-settings"]');
    await reporting.getByRole('combobox').click();
    await page.getByRole('option', { name: '每两周报送' }).click();
    await reporting.locator('button[type="submit"]').click();
    await page.getByText('设置已保存').first().waitFor();
    await screenshot(page, 'settings');

    const { workflowSettings } = await queryAs<{
      workflowSettings: {
        warnings: { yellowDays: number; reminderDays: number[] };
        reporting: { cadence: string };
      };
    }>(
      suite.api,
      suite.tokens.office!,
      '{ workflowSettings { warnings { yellowDays reminderDays } reporting { cadence } } }',
    );
    expect(workflowSettings).toEqual({
      warnings: { yellowDays: 20, reminderDays: [10, 5, 1] },
      reporting: { cadence: 'BIWEEKLY' },
    });

    // Nobody else is offered the page.
    await signInAs(page, suite.api, 'leader');
    await page.goto(`${suite.api.url}/#/settings`);
    await page.locator('[data-testid="dashboard"]').waitFor();
    expect(await page.locator('[data-testid="warning-settings"]').count()).toBe(0);
    await page.close();
  });
});

describe('the weekly summary (一周一小结)', () => {
  it('shows on the dashboard what the API sums up for the week, per unit and per leader', async () => {
    // A closure approved today is this week's news.
    const pending = await closureDecidedByLeader(suite.tasks[2]!.id, 'APPROVE', '');
    await mutateAs(
      suite.api,
      suite.tokens.office!,
      'approveClosureRequest',
      REVIEW.replace('%s', 'approveClosureRequest'),
      {
        i: { id: pending.id, version: pending.version, decision: 'APPROVE' },
      },
    );
    const { weeklySummary } = await queryAs<{
      weeklySummary: {
        tasks: { closedThisWeek: number; missingReports: number };
        byUnit: { unit: { name: string } }[];
      };
    }>(
      suite.api,
      suite.tokens.office!,
      '{ weeklySummary(inspectionId: 1) { tasks { closedThisWeek missingReports } byUnit { unit { name } } } }',
    );
    expect(weeklySummary.tasks.closedThisWeek).toBeGreaterThan(0);

    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await page.goto(`${suite.api.url}/#/`);
    const summary = page.locator('[data-testid="weekly-summary"]');
    await summary.waitFor();
    expect(await summary.locator('[data-figure="week.closedThisWeek"]').textContent()).toBe(
      String(weeklySummary.tasks.closedThisWeek),
    );
    expect(await summary.locator('[data-figure="week.missingReports"]').textContent()).toBe(
      String(weeklySummary.tasks.missingReports),
    );
    expect(await summary.locator('[data-testid="week-by-unit"] tbody tr').count()).toBe(
      weeklySummary.byUnit.length,
    );
    await summary.locator('[data-testid="week-by-leader"] tbody tr').first().waitFor();
    await summary.scrollIntoViewIfNeeded();
    await screenshot(page, 'weekly-summary');
    await page.close();
  });
});

describe('the unit’s home page (我的待办)', () => {
  it('lands a unit on its to-dos, as the API counts them, each leading to its page', async () => {
    const { due, led, unitFindings } = await queryAs<{
      due: { nodes: { id: number }[] };
      led: { nodes: { missingReport: boolean }[] };
      unitFindings: { nodes: { id: number }[] };
    }>(
      suite.api,
      suite.tokens.unit!,
      `query($open: [TaskStatus!]) {
        due: tasks(first: 100, orderBy: { field: DEADLINE }, filter: { status: $open, warning: [RED, YELLOW] }) {
          nodes { id } }
        led: tasks(first: 100, filter: { status: $open, leadUnitId: ${(await bindingsOf(suite.api, suite.tokens.unit!)).unitId} }) {
          nodes { missingReport } }
        unitFindings(first: 100, filter: { status: [OPEN] }) { nodes { id } } }`,
      { open: [...OPEN_TASK_STATUSES] },
    );
    expect(due.nodes.length).toBeGreaterThan(0);
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'unit');
    const home = page.locator('[data-testid="unit-home"]');
    await home.waitFor();
    const count = (id: string) => home.locator(`[data-testid="${id}"] [data-count]`).textContent();
    expect(await count('todo-due')).toBe(String(due.nodes.length));
    expect(await count('todo-reports')).toBe(String(led.nodes.filter((t) => t.missingReport).length));
    expect(await count('todo-findings')).toBe(String(unitFindings.nodes.length));
    await screenshot(page, 'unit-home');
    await home.locator(`[data-testid="todo-due"] [data-task="${due.nodes[0]!.id}"]`).click();
    await page.waitForURL(`**/#/tasks/${due.nodes[0]!.id}/show`);
    await page.close();
  });
});
