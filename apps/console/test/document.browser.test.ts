import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

const suite = consoleSuite();

// A small progress document as offices paste it: mixed brackets, a page number, a measure list, and the
// section on the clues handed over, whose figures are no tasks.
const DOCUMENT = [
  '关于反馈意见的整改方案',
  '（一）党的领导方面',
  '1.学习贯彻不深入',
  '(1)针对“中心组学习流于形式”问题。一是制定学习计划。二是建立考勤制度。',
  '- 2 -',
  '2.基层组织薄弱',
  '加强支部建设。',
  '（二）认真处置巡察组移交的信访举报和问题线索',
  '移交信访举报件办结率87.2%；移交问题线索已办结1条，立案3条。',
].join('\n');

describe('document import', () => {
  it('reads a text document into a draft, takes an edit, commits it and shows it in the ledger', async () => {
    const token = await apiToken(suite.api, 'office');
    const created = await suite.api.gql<{ createInspection: { inspection: { id: number } } }>(
      'mutation { createInspection(input: { name: "导入演示", inspectingBody: "市委巡察组", inspectedOrganisation: "某局党组", level: MUNICIPAL }) { inspection { id } } }',
      {},
      { token },
    );
    expect(created.data?.createInspection.inspection.id).toBeGreaterThan(0);

    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.locator('[data-nav="documentImport"]').click();
    await page.locator('[data-testid="document-file"]').setInputFiles({
      name: '整改方案.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(DOCUMENT, 'utf8'),
    });
    await expect
      .poll(() => page.locator('[data-testid="draft-summary"]').textContent(), { timeout: 30_000 })
      .toBe('整改方案.txt：问题 4 个，整改措施 3 项');
    const codes = await page
      .locator('[data-code]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes).toEqual(['(一)', '(一)1.', '(一)1.(1)', '(一)2.']);
    const figures = page.locator('[data-testid="draft-clue-figures"]');
    expect(await figures.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent))).toEqual([
      '信访举报件——87.2%———',
      '问题线索—1—3——',
    ]);

    // Edit a title inline, delete a measure.
    const title = page.locator('[data-code="(一)2."] textarea[data-field="title"]');
    await title.fill('基层组织建设薄弱（已核对）');
    await page.locator('[data-code="(一)1.(1)"]').getByRole('button', { name: '删除该措施' }).nth(1).click();
    expect(await page.locator('[data-code="(一)1.(1)"] textarea[data-field="measure"]').count()).toBe(1);
    await screenshot(page, 'document-draft');

    await page.getByRole('combobox', { name: '导入到巡视轮次' }).click();
    await page.getByRole('option', { name: '导入演示' }).click();
    await page.getByRole('button', { name: '导入台账' }).click();
    await page.waitForURL(/#\/ledger$/u);
    const row = page.locator('[role="treeitem"][data-code="(一)2."]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('基层组织建设薄弱（已核对）');
    expect(await page.locator('[role="treeitem"]').count()).toBe(4);
    await page.close();
  });

  it('downloads the progress report from the ledger page', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.goto(`${suite.api.url}/#/ledger`);
    await page.getByRole('button', { name: '生成整改进展通报' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-format="MARKDOWN"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^整改进展情况通报-\d{4}-\d{2}-\d{2}\.md$/u);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^# .+整改进展情况的通报\n/u);
    expect(text).toContain('## 二、反馈问题整改进展情况');
    await page.close();
  });

  it('offers neither import nor the report to a unit', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'unit');
    expect(await page.locator('[data-nav="documentImport"]').count()).toBe(0);
    await page.goto(`${suite.api.url}/#/ledger`);
    await page.locator('[data-testid="issue-tree"]').waitFor();
    expect(await page.getByRole('button', { name: '生成整改进展通报' }).count()).toBe(0);
    await page.close();
  });

  // Last: the language chosen is remembered in the browser, so the tests above run in Chinese.
  it('shows the stated clue figures in English too', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.locator('button:has-text("中文")').first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('[data-nav="documentImport"]').click();
    await page.locator('[data-testid="document-file"]').setInputFiles({
      name: 'progress.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(DOCUMENT, 'utf8'),
    });
    const figures = page.locator('[data-testid="draft-clue-figures"]');
    await figures.waitFor({ timeout: 30_000 });
    expect(await figures.locator('h6, .MuiTypography-subtitle1').first().textContent()).toBe(
      'Petition and clue disposal figures',
    );
    expect(await figures.locator('thead th').allTextContents()).toEqual([
      'Group',
      'Received',
      'Concluded',
      'Completion rate',
      'Filed',
      'Filing rate',
      'Substantiation rate',
    ]);
    expect(await figures.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent))).toEqual([
      'Petition report——87.2%———',
      'Problem clue—1—3——',
    ]);
    await page.locator('button:has-text("English")').first().click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.close();
  });
});
