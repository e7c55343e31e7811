import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signInAs } from './support/sign-in.js';
import { mutateAs, queryAs, uploadEvidenceAs, workflowSuite } from './support/workflow.js';

// The console on a phone (390×844) and a tablet (768×1024): every page a leader or a unit visits fits the
// screen's width, and the controls they need are on it. The demo accounts `unit` and `leader` own the fresh
// tasks; each test takes its own.
const suite = workflowSuite({ users: ['office'], freshTasks: 3 });

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

async function openAt(viewport: { width: number; height: number }, username: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize(viewport);
  await signInAs(page, suite.api, username);
  return page;
}

/** The page cannot be scrolled sideways: nothing is wider than the screen (the message names what is). */
async function expectFitsWidth(page: Page, what: string) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const beyond = (e: Element) => e.getBoundingClientRect().right + window.scrollX > innerWidth + 1;
    // The innermost elements that reach past the screen's edge: what makes the page wide.
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => beyond(e) && ![...e.children].some(beyond))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, wide };
  });
  expect(
    scrollWidth,
    `${what}: ${scrollWidth} px on a ${innerWidth} px screen (${wide.join(' ')})`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** The control is shown whole within the screen's width, once still (the menu slides in), without scrolling sideways. */
async function expectOnScreen(locator: Locator, what: string) {
  await locator.scrollIntoViewIfNeeded();
  await (await locator.elementHandle())!.waitForElementState('stable');
  const box = await locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left + window.scrollX, right: r.right + window.scrollX, width: window.innerWidth };
  });
  expect(box.left, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.right, `${what} ends right of the screen`).toBeLessThanOrEqual(box.width);
}

/** Every button of the app bar (menu, inbox, language, user) is on the screen. */
async function expectAppBarOnScreen(page: Page) {
  const buttons = page.locator('header button');
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) await expectOnScreen(buttons.nth(i), `app bar button ${i}`);
}

/** Opens a menu entry as a phone user does: the menu button shows the menu, the entry leads to the page. */
async function navigate(page: Page, resource: string) {
  await page.locator('header button[aria-label]').first().click();
  const entry = page.locator(`[data-nav="${resource}"]`);
  await expectOnScreen(entry, `menu entry ${resource}`);
  await entry.click();
}

async function closureRequested(taskId: number) {
  await uploadEvidenceAs(suite.api, suite.tokens.unit!, taskId, `证明材料-${taskId}.txt`);
  const { closureRequest } = await mutateAs<{ closureRequest: { id: number } }>(
    suite.api,
    suite.tokens.unit!,
    'requestClosure',
    'mutation($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { id } errors { message } } }',
    { i: { taskId, statement: '已整改到位,制度已印发。' } },
  );
  return closureRequest.id;
}

async function closureStatus(taskId: number) {
  const { task } = await queryAs<{ task: { closureRequests: { status: string }[] } }>(
    suite.api,
    suite.tokens.office!,
    'query($id: Int!) { task(id: $id) { closureRequests { status } } }',
    { id: taskId },
  );
  return task.closureRequests[0]?.status;
}

describe('on a phone', () => {
  it('the leader endorses a closure from the review queue', async () => {
    const task = suite.tasks[0]!;
    const requestId = await closureRequested(task.id);
    const page = await openAt(PHONE, 'leader');

    await page.goto(`${suite.api.url}/#/`);
    await page.locator('[data-testid="by-unit"]').waitFor();
    await expectAppBarOnScreen(page);
    await expectFitsWidth(page, 'home');

    await navigate(page, 'reviews');
    const button = page.locator(`[data-testid="review-closure-${requestId}"]`);
    await button.waitFor();
    await expectFitsWidth(page, 'review queue');
    await expectOnScreen(button, 'the endorse button');
    // Named in words, not left to an icon.
    expect(await button.textContent()).toContain('签字背书');
    // The request's task and statement are read on the card, beside the button.
    const card = page.locator(`[data-request="${requestId}"]`);
    await card.getByText('已整改到位,制度已印发。').waitFor();
    await screenshot(page, 'phone-review-queue');

    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="comment"]').first().fill('情况属实,同意销号。');
    const submit = dialog.getByRole('button', { name: '提交审核' });
    await expectOnScreen(submit, 'the dialog’s submit button');
    await expectFitsWidth(page, 'review dialog');
    await submit.click();
    await page.getByText('审核意见已提交').waitFor();
    await card.waitFor({ state: 'detached' });
    expect(await closureStatus(task.id)).toBe('PENDING_APPROVAL');

    // The task page and the inbox a leader reaches from a notice.
    await page.goto(`${suite.api.url}/#/tasks/${task.id}/show`);
    await page.locator('[data-testid="task-measure"]').waitFor();
    await expectFitsWidth(page, 'task page');
    await navigate(page, 'inbox');
    await page.locator('[data-testid="inbox"]').waitFor();
    await expectFitsWidth(page, 'inbox');
    await page.close();
  });

  it('the unit finds its task among the cards and reports progress', async () => {
    const task = suite.tasks[1]!;
    const page = await openAt(PHONE, 'unit');

    await page.goto(`${suite.api.url}/#/`);
    await page.locator('header [data-testid="inbox-bell"]').waitFor();
    await navigate(page, 'ledger');
    const title = page.locator('[role="treeitem"] a').first();
    await title.waitFor();
    await expectFitsWidth(page, 'ledger');
    // The title is read, not cut to nothing.
    expect((await title.boundingBox())!.width).toBeGreaterThan(200);

    await navigate(page, 'tasks');
    const cards = page.locator('[data-testid="task-card"]');
    await cards.first().waitFor();
    await expectFitsWidth(page, 'task list');
    await expectOnScreen(cards.first(), 'a task card');
    await screenshot(page, 'phone-task-list');

    await page.goto(`${suite.api.url}/#/tasks/${task.id}/show`);
    await page.locator('[data-testid="task-measure"]').waitFor();
    await expectFitsWidth(page, 'task page');
    const report = page.locator('[data-testid="report-progress"]');
    await expectOnScreen(report, 'the report button');
    await report.click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="percent"]').fill('40');
    await dialog.locator('textarea[name="text"]').first().fill('已在手机上报送进展。');
    const send = dialog.getByRole('button', { name: '报送进展' });
    await expectOnScreen(send, 'the dialog’s send button');
    await send.click();
    await page.getByText('进展已报送').waitFor();
    await page
      .locator('[data-testid="progress-reports"] li')
      .first()
      .getByText('已在手机上报送进展')
      .waitFor();
    await expectFitsWidth(page, 'task page after the report');
    await screenshot(page, 'phone-task-page');

    const { task: saved } = await queryAs<{ task: { progressReports: { text: string }[] } }>(
      suite.api,
      suite.tokens.office!,
      'query($id: Int!) { task(id: $id) { progressReports { text } } }',
      { id: task.id },
    );
    expect(saved.progressReports[0]!.text).toBe('已在手机上报送进展。');
    await page.close();
  });
});

describe('on a tablet', () => {
  it('the review queue and the task list fit, and the endorse button is on screen', async () => {
    const task = suite.tasks[2]!;
    const requestId = await closureRequested(task.id);
    const page = await openAt(TABLET, 'leader');

    await page.goto(`${suite.api.url}/#/reviews`);
    const button = page.locator(`[data-testid="review-closure-${requestId}"]`);
    await button.waitFor();
    await expectAppBarOnScreen(page);
    await expectFitsWidth(page, 'review queue');
    await expectOnScreen(button, 'the endorse button');

    await page.goto(`${suite.api.url}/#/tasks`);
    await page.locator('[data-testid="task-card"], .RaDataTable-root').first().waitFor();
    await expectFitsWidth(page, 'task list');
    await screenshot(page, 'tablet-task-list');
    await page.close();
  });
});
