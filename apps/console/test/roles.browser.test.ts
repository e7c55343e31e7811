import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, listTotal, menuEntries, signIn } from './support/sign-in.js';

/**
 * What each demo account must see, stated here rather than derived from the code under test: the menu in
 * order, whether tasks can be selected for bulk assignment, and whether a task offers editing and assigning.
 */
const DISCIPLINE_MENU = [
  'dashboard',
  'ledger',
  'tasks',
  'inbox',
  'clueCases',
  'clueDisclosureQueue',
  'clueFigures',
  'passwordResetApprovals',
] as const;

const ROLES = [
  {
    username: 'admin',
    role: 'ADMIN',
    menu: [
      'dashboard',
      'ledger',
      'tasks',
      'inbox',
      'units',
      'leaders',
      'users',
      'apiClients',
      'webhooks',
      'auditEvents',
      'jobs',
      'deliveries',
    ],
    manageTasks: false,
  },
  {
    username: 'office',
    role: 'OFFICE',
    menu: [
      'dashboard',
      'ledger',
      'tasks',
      'reviews',
      'inbox',
      'supervision',
      'ledgerImport',
      'documentImport',
      'reportDrafts',
      'inspections',
      'users',
      'auditEvents',
      'settings',
    ],
    manageTasks: true,
  },
  {
    username: 'leader',
    role: 'LEADER',
    menu: ['dashboard', 'ledger', 'tasks', 'reviews', 'inbox'],
    manageTasks: false,
  },
  { username: 'unit', role: 'UNIT', menu: ['ledger', 'tasks', 'inbox', 'unitFindings'], manageTasks: false },
  { username: 'unit2', role: 'UNIT', menu: ['ledger', 'tasks', 'inbox', 'unitFindings'], manageTasks: false },
  {
    username: 'supervisor',
    role: 'SUPERVISOR',
    menu: ['dashboard', 'ledger', 'tasks', 'inbox', 'supervision'],
    manageTasks: false,
  },
  {
    username: 'discipline',
    role: 'DISCIPLINE',
    menu: DISCIPLINE_MENU,
    manageTasks: false,
  },
  {
    username: 'discipline2',
    role: 'DISCIPLINE',
    menu: DISCIPLINE_MENU,
    manageTasks: false,
  },
] as const;

/** Pages a role must not be offered, by the resource that guards them. */
const ADMIN_ONLY = ['/units', '/leaders', '/apiClients'];

const suite = consoleSuite();

describe.each(ROLES)('$username ($role)', ({ username, role, menu, manageTasks }) => {
  it('sees exactly its menu, its tasks and its buttons', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, username);
    await page.locator(`[data-role="${role}"]`).waitFor();
    expect(await menuEntries(page)).toEqual(menu);
    // Home is the figures for those who may read them, a unit's to-dos, the ledger for everyone else.
    if ((menu as readonly string[]).includes('dashboard'))
      await page.locator('[data-testid="dashboard"]').waitFor();
    else if (role === 'UNIT') await page.locator('[data-testid="unit-home"]').waitFor();
    else await page.locator('[role="treeitem"]').first().waitFor();
    await screenshot(page, `role-${username}-home`);

    // The task list holds what the API lets this user read, no more and no less.
    const token = await apiToken(suite.api, username);
    const visible = await suite.api.gql<{ tasks: { totalCount: number; nodes: { id: number }[] } }>(
      '{ tasks(first: 1) { totalCount nodes { id } } }',
      {},
      { token },
    );
    const total = visible.data!.tasks.totalCount;
    await page.goto(`${suite.api.url}/#/tasks`);
    await page.locator('[data-nav="tasks"]').waitFor();
    if (total > 0) {
      await page.locator('.RaDataTable-table tbody tr').first().waitFor();
      expect(await listTotal(page)).toBe(total);
    }
    // Rows can be selected (for bulk assignment) only by those who assign.
    expect(await page.locator('.RaDataTable-table thead input[type="checkbox"]').count()).toBe(
      manageTasks ? 1 : 0,
    );
    await screenshot(page, `role-${username}-tasks`);

    if (total > 0) {
      const firstId = visible.data!.tasks.nodes[0]!.id;
      await page.goto(`${suite.api.url}/#/tasks/${firstId}/show`);
      await page.locator('[data-testid="task-measure"]').waitFor();
      expect(await page.locator('[data-testid="assign-task"]').count()).toBe(manageTasks ? 1 : 0);
      expect(await page.locator('[data-testid="edit"]').count()).toBe(manageTasks ? 1 : 0);
      // The audit trail of a task is for the office and administrators.
      expect(await page.locator('[data-testid="task-audit"]').count()).toBe(
        role === 'OFFICE' || role === 'ADMIN' ? 1 : 0,
      );
    }

    // Typing the address of a screen the role lacks shows react-admin's access-denied page, not the data.
    if (role !== 'ADMIN') {
      for (const path of ADMIN_ONLY) {
        await page.goto(`${suite.api.url}/#${path}`);
        await page.getByText('您没有访问此页面的权限').waitFor();
        expect(await page.locator('.RaDataTable-table').count()).toBe(0);
      }
    }
    await page.close();
  });
});

it('makes no request outside its own origin', () => {
  expect(suite.browser.outsideRequests).toEqual([]);
});
