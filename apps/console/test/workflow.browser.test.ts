import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

const suite = consoleSuite();
let officeToken: string;

beforeAll(async () => {
  officeToken = await apiToken(suite.api, 'office');
});

async function query<T>(q: string, variables: Record<string, unknown> = {}, token = officeToken): Promise<T> {
  const result = await suite.api.gql<T>(q, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Types into a react-admin autocomplete and picks the first suggestion containing the text. */
async function pick(page: Page, scope: Page | ReturnType<Page['locator']>, label: string, text: string) {
  const input = scope.getByLabel(label, { exact: false }).first();
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text, exact: false }).first().click();
}

/** Switches the console's language with the app bar's menu (no-op when already chosen). */
async function chooseLanguage(page: Page, language: string) {
  const current = page
    .locator(
      '.RaLocalesMenuButton-root button, header button:has-text("中文"), header button:has-text("English")',
    )
    .first();
  if ((await current.textContent())?.includes(language)) return;
  await current.click();
  await page.getByRole('menuitem', { name: language }).click();
  await page.locator('header button', { hasText: language }).waitFor();
}

describe('the office', () => {
  it('assigns selected tasks to a leader and a lead unit in one go', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    const { leaders } = await query<{ leaders: { nodes: { id: number; name: string }[] } }>(
      '{ leaders(filter: { search: "市委秘书长" }) { nodes { id name } } }',
    );
    const { units } = await query<{ units: { nodes: { id: number; name: string }[] } }>(
      '{ units(filter: { search: "市委巡察办" }) { nodes { id name } } }',
    );
    const leader = leaders.nodes[0]!;
    const unit = units.nodes[0]!;

    await page.goto(`${suite.api.url}/#/tasks`);
    const rows = page.locator('.RaDataTable-table tbody tr');
    await rows.first().waitFor();
    // The list's first rows, in its default order (by issue code), are the API's first three.
    const first = await query<{ tasks: { nodes: { id: number }[] } }>(
      '{ tasks(orderBy: { field: CODE }, first: 3) { nodes { id } } }',
    );
    const ids = first.tasks.nodes.map((t) => t.id);
    for (let i = 0; i < 3; i++) await rows.nth(i).locator('input[type="checkbox"]').check();
    await page.locator('[data-testid="bulk-assign"]').click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog, '责任领导', leader.name);
    await pick(page, dialog, '牵头单位', unit.name);
    await screenshot(page, 'bulk-assign');
    await dialog.getByRole('button', { name: '分派' }).click();
    await page.getByText('已分派 3 项任务').waitFor();

    const { tasks } = await query<{
      tasks: { nodes: { id: number; leaderId: number; leadUnitId: number }[] };
    }>('query($ids: [Int!]) { tasks(filter: { ids: $ids }) { nodes { id leaderId leadUnitId } } }', { ids });
    expect(tasks.nodes).toHaveLength(3);
    for (const t of tasks.nodes) expect(t).toMatchObject({ leaderId: leader.id, leadUnitId: unit.id });

    // The task's history now shows the assignment in the audit trail.
    await page.goto(`${suite.api.url}/#/tasks/${ids[0]}/show`);
    await page.locator('[data-testid="task-audit"]').getByText('整改任务 · 分派').first().waitFor();
    await screenshot(page, 'task-detail');
    await page.close();
  });
});

describe('an administrator', () => {
  it.each([
    { language: '中文', kindLabel: '类型', kind: '党委及其部门', refusal: '名称“市委办公室”已存在' },
    {
      language: 'English',
      kindLabel: 'Kind',
      kind: 'Party committee or department',
      refusal: 'is already taken',
    },
  ])(
    'sees which field is wrong and why ($language), and keeps what was typed',
    async ({ language, kindLabel, kind, refusal }) => {
      const page = await suite.browser.context.newPage();
      await signIn(page, suite.api.url, 'admin');
      await chooseLanguage(page, language);
      await page.goto(`${suite.api.url}/#/units/create`);
      const name = page.locator('input[name="name"]');
      await name.fill('市委办公室');
      await page.getByRole('combobox', { name: kindLabel }).click();
      await page.getByRole('option', { name: kind }).click();
      await pick(page, page, language === 'English' ? 'Parent unit' : '上级单位', '中共佛山市委');
      await page.locator('button[type="submit"]').click();
      // The API refuses the duplicate name: its message, in the user's language, sits under the name field.
      await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: refusal }).waitFor();
      expect(await name.inputValue()).toBe('市委办公室');
      await screenshot(page, `field-error-${language === 'English' ? 'en' : 'zh'}`);

      // Correcting the one field saves everything else as typed.
      const unitName = `市委办公室(${language})`;
      await name.fill(unitName);
      await page.locator('button[type="submit"]').click();
      await page.locator('.RaDataTable-table').waitFor();
      const { units } = await query<{
        units: { nodes: { kind: string; parent: { name: string } | null }[] };
      }>('query($s: String) { units(filter: { search: $s }) { nodes { kind parent { name } } } }', {
        s: unitName,
      });
      expect(units.nodes).toEqual([{ kind: 'PARTY_COMMITTEE', parent: { name: '中共佛山市委' } }]);
      await chooseLanguage(page, '中文');
      await page.close();
    },
  );
});

describe('a responsible unit', () => {
  it('reports progress on a task it leads with an evidence file, and the history shows it first', async () => {
    const token = await apiToken(suite.api, 'unit');
    const me = await query<{ me: { user: { unitId: number } } }>('{ me { user { unitId } } }', {}, token);
    const { tasks } = await query<{ tasks: { nodes: { id: number; missingReport: boolean }[] } }>(
      'query($u: Int) { tasks(filter: { leadUnitId: $u, status: [IN_PROGRESS, NOT_STARTED] }, first: 1) { nodes { id missingReport } } }',
      { u: me.me.user.unitId },
      token,
    );
    const task = tasks.nodes[0]!;
    const reports = async () =>
      (
        await query<{ task: { progressReports: { text: string; evidence: { fileName: string }[] }[] } }>(
          'query($id: Int!) { task(id: $id) { progressReports { text evidence { fileName } } } }',
          { id: task.id },
        )
      ).task.progressReports;
    const before = (await reports()).length;
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'unit');
    await page.goto(`${suite.api.url}/#/tasks/${task.id}/show`);
    await page.locator('[data-testid="task-measure"]').waitFor();
    // 未按期报送 shows as the API says (the demo's reports are years old).
    expect(await page.locator('[data-testid="missing-report"]').count()).toBe(task.missingReport ? 1 : 0);
    await page.locator('[data-testid="report-progress"]').click();
    const dialog = page.getByRole('dialog');

    await dialog.locator('input[name="percent"]').fill('60');
    await dialog.locator('textarea[name="text"]').first().fill('已完成制度起草,正在征求意见。');
    // A file that is not what its type says is refused by name; the dialog keeps everything.
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '伪造.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf'),
    });
    await dialog.getByRole('button', { name: '报送进展' }).click();
    await dialog.getByText('文件内容不是PDF格式').first().waitFor();
    expect(await dialog.locator('input[name="percent"]').inputValue()).toBe('60');

    // Replacing the file and sending again uploads it to the report already made: one report, one file.
    await dialog.locator('.RaFileInputPreview-removeButton').click();
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '征求意见稿.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('征求意见稿'),
    });
    await dialog.getByRole('button', { name: '报送进展' }).click();
    await page.getByText('进展已报送').waitFor();
    const first = page.locator('[data-testid="progress-reports"] li').first();
    await first.getByText('已完成制度起草').waitFor();
    await first.getByText('征求意见稿.txt').waitFor();
    await page.locator('[data-testid="missing-report"]').waitFor({ state: 'detached' });
    const after = await reports();
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toEqual({
      text: '已完成制度起草,正在征求意见。',
      evidence: [{ fileName: '征求意见稿.txt' }],
    });
    await page.close();
  });
});

describe('the session', () => {
  it('renews an expired access token without the user noticing, and signs out when renewal fails', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'supervisor');
    // Make the stored access token stale: the console must renew it with the refresh token.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('rectify.session')!);
      localStorage.setItem(
        'rectify.session',
        JSON.stringify({ ...s, accessToken: 'stale', accessTokenExpiresAt: new Date(0).toISOString() }),
      );
    });
    await page.goto(`${suite.api.url}/#/tasks`);
    await page.locator('.RaDataTable-table tbody tr').first().waitFor();
    const renewed = await page.evaluate(
      () => JSON.parse(localStorage.getItem('rectify.session')!).accessToken,
    );
    expect(renewed).not.toBe('stale');

    // A refresh token the server no longer honours ends the session: back to the login page, nothing kept.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('rectify.session')!);
      localStorage.setItem(
        'rectify.session',
        JSON.stringify({
          ...s,
          accessToken: 'stale',
          refreshToken: 'revoked',
          accessTokenExpiresAt: new Date(0).toISOString(),
        }),
      );
    });
    await page.goto(`${suite.api.url}/#/ledger`);
    await page.locator('input[name="username"]').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('rectify.session'))).toBeNull();
    await page.close();
  });
});
