import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/console-api.js';
import { apiToken, menuEntries, signInAs } from './support/sign-in.js';
import { queryAs, workflowSuite } from './support/workflow.js';

/**
 * axe-core on every main page as every role: no serious or critical violation. One page per role visits its
 * menu's pages, a task's page, and (for the roles that hold them) a clue's page and a review dialog; the
 * violations are collected and asserted at the end, each named by page, rule and element. Then the main form
 * used with the keyboard alone.
 */
// A fresh task of the demo's `unit` for the keyboard test.
const suite = workflowSuite({ users: [], freshTasks: 1 });

const ROLES = ['admin', 'office', 'leader', 'unit', 'supervisor', 'discipline'] as const;

/** What shows when each menu page has its content (a page missing here fails the test: add its marker). */
const READY: Record<string, string> = {
  dashboard: '[data-testid="dashboard"], [data-testid="unit-home"]',
  ledger: '[data-testid="issue-tree"][aria-busy="false"] [role="treeitem"]',
  tasks: '.RaDataTable-table tbody tr',
  reviews: '[data-testid="queue-extension-count"]',
  inbox: '[data-testid="inbox-unread"]',
  supervision: '[data-testid="supervision-groups"]',
  unitFindings: '[data-testid="unit-findings"]',
  clueCases: '.RaDataTable-table tbody tr',
  clueDisclosureQueue: '[data-testid="disclosure-queue"]',
  clueFigures: '[data-testid="clue-figures"]',
  passwordResetApprovals: '#main-content .MuiCard-root',
  ledgerImport: '[data-testid="import-file"]',
  documentImport: '#main-content input[type="file"]',
  inspections: '.RaDataTable-table tbody tr',
  units: '.RaDataTable-table tbody tr',
  leaders: '.RaDataTable-table tbody tr',
  users: '.RaDataTable-table tbody tr',
  apiClients: '#main-content .RaList-main',
  auditEvents: '.RaDataTable-table tbody tr',
  settings: '#main-content form',
  jobs: '[data-testid="jobs"][aria-busy="false"]',
  webhooks: '[data-testid="webhooks"][aria-busy="false"]',
  reportDrafts: '[data-testid="report-drafts-page"][aria-busy="false"]',
  // The list loaded and the channel forms (mail server, group robots) shown above it.
  deliveries: 'body:has([data-testid="deliveries"][aria-busy="false"]) [data-testid="group-robots"]',
};

interface Found {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Waits for the page's marker, then for every loading indicator to go: the page as its user reads it. */
async function settled(page: Page, ready: string) {
  await page.locator(ready).first().waitFor({ state: 'attached' });
  await page.waitForFunction(
    () => document.querySelectorAll('[role="progressbar"], .MuiSkeleton-root').length === 0,
  );
}

/**
 * Runs axe-core in the page (injected once: hash navigations keep the document) over the whole page or the
 * part named, keeping the serious and critical violations.
 */
async function serious(page: Page, name: string, found: Found[], include = 'body') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (context) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const { violations } = await run(context, { resultTypes: ['violations'], iframes: false });
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, include);
  for (const v of violations)
    if (v.impact === 'serious' || v.impact === 'critical') found.push({ page: name, ...v });
}

/** Presses Tab until the focused element matches the selector (each control on the way must take focus). */
async function tabTo(page: Page, selector: string, most = 80) {
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached by ${most} presses of Tab`);
}

/** Page, rule and the first elements at fault (a violation on every row of a list would drown the rest). */
const report = (found: Found[]) =>
  found
    .map((f) => {
      const more = f.targets.length > 3 ? ` (+${f.targets.length - 3} more)` : '';
      return `${f.page}: ${f.rule} (${f.impact}) ${f.targets.slice(0, 3).join(' | ')}${more}`;
    })
    .join('\n');

async function firstId(username: string, query: string, list: string): Promise<number | null> {
  const token = await apiToken(suite.api, username);
  const result = await suite.api.gql<Record<string, { nodes: { id: number }[] }>>(query, {}, { token });
  return result.data?.[list]?.nodes[0]?.id ?? null;
}

describe('accessibility (axe-core, serious and critical)', () => {
  it.each(ROLES)('every main page as %s', async (username) => {
    const found: Found[] = [];
    let scanned = 0;
    const page = await suite.browser.context.newPage();
    if (username === 'admin') {
      // The login form, once, as everyone meets it: a signed-out open.
      await page.goto(`${suite.api.url}/files/`);
      await page.evaluate(() => localStorage.removeItem('rectify.session'));
      await page.goto(`${suite.api.url}/`);
      await page.locator('input[name="username"]').waitFor();
      await serious(page, 'login', found);
    }
    await signInAs(page, suite.api, username);
    await page.goto(`${suite.api.url}/`);
    await page.locator('[data-nav]').first().waitFor();
    if (username === 'unit') {
      // A unit's home is its to-dos, not a menu page.
      await settled(page, '[data-testid="unit-home"]');
      await serious(page, 'home', found);
      scanned++;
    }

    for (const entry of await menuEntries(page)) {
      const ready = READY[entry];
      expect(ready, `a ready marker for ${entry}`).toBeDefined();
      await page.locator(`[data-nav="${entry}"]`).click();
      await settled(page, ready!);
      // The app bar and the menu are the same on every page: read with the first one.
      await serious(page, entry, found, scanned++ === 0 ? 'body' : '#main-content');
    }

    const taskId = await firstId(username, '{ tasks(first: 1) { nodes { id } } }', 'tasks');
    if (taskId != null) {
      await page.goto(`${suite.api.url}/#/tasks/${taskId}/show`);
      await settled(page, '[data-testid="task-measure"]');
      await serious(page, 'task', found, '#main-content');
    }
    const clueId = username.startsWith('discipline')
      ? await firstId(username, '{ clueCases(first: 1) { nodes { id } } }', 'clueCases')
      : null;
    if (clueId != null) {
      await page.goto(`${suite.api.url}/#/clueCases/${clueId}/show`);
      await settled(page, '[data-testid="clue-summary"]');
      await serious(page, 'clue', found, '#main-content');
    }
    if (username === 'leader' || username === 'office') {
      await page.goto(`${suite.api.url}/#/reviews`);
      await settled(page, READY.reviews!);
      const review = page
        .locator('[data-testid^="review-closure-"], [data-testid^="review-extension-"]')
        .first();
      if ((await review.count()) > 0) {
        await review.click();
        await settled(page, '[role="dialog"] [data-testid="review-facts"]');
        // Faded in: half-transparent colours would be measured otherwise.
        await page.waitForFunction(
          () => getComputedStyle(document.querySelector('.MuiDialog-container')!).opacity === '1',
        );
        await serious(page, 'review dialog', found, '[role="dialog"]');
      }
    }
    await page.close();
    expect(found, report(found)).toEqual([]);
  });

  it('lets a unit sign in and report progress with the keyboard alone', async () => {
    const task = suite.tasks[0]!;
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.api.url}/files/`);
    await page.evaluate(() => localStorage.removeItem('rectify.session'));
    await page.goto(`${suite.api.url}/`);
    await page.locator('input[name="username"]').waitFor();

    await tabTo(page, 'input[name="username"]');
    await page.keyboard.type('unit');
    await tabTo(page, 'input[name="password"]');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('[data-nav]').first().waitFor();

    // Typed into the address bar; from there on, Tab and Enter.
    await page.goto(`${suite.api.url}/#/tasks/${task.id}/show`);
    await page.locator('[data-testid="task-measure"]').waitFor();
    await tabTo(page, '[data-testid="report-progress"]');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await tabTo(page, '[role="dialog"] input[name="percent"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('45');
    await tabTo(page, '[role="dialog"] textarea[name="text"]');
    await page.keyboard.type('键盘报送：已完成自查。');
    await tabTo(page, '[role="dialog"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByText('进展已报送').waitFor();

    const { task: read } = await queryAs<{ task: { latestProgress: { text: string; percent: number } } }>(
      suite.api,
      await apiToken(suite.api, 'unit'),
      'query($id: Int!) { task(id: $id) { latestProgress { text percent } } }',
      { id: task.id },
    );
    expect(read.latestProgress).toEqual({ text: '键盘报送：已完成自查。', percent: 45 });
    await page.close();
  });
});
