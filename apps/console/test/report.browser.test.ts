import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

const suite = consoleSuite();

describe('the 通报 workspace', () => {
  it('drafts the demo report as of a chosen date, edits a paragraph, compares versions, publishes and downloads', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.locator('[data-nav="reportDrafts"]').click();
    await page.getByRole('combobox', { name: '巡视轮次' }).click();
    await page.getByRole('option', { name: '省委第十一巡视组巡视佛山市' }).click();
    await page.locator('[data-testid="report-as-of"]').fill('2018-11-26');
    await page.getByRole('button', { name: '新建通报草稿' }).click();

    const title = page.locator('textarea[data-key="title"]');
    await title.waitFor({ timeout: 30_000 });
    expect(await title.inputValue()).toBe('中共佛山市委关于巡视整改进展情况的通报');
    expect(await page.locator('textarea[data-key="as-of"]').inputValue()).toBe('（截至2018年11月26日）');
    // The figures are live: shown, not editable.
    expect(await page.locator('[data-key="s1-figures"]').textContent()).toContain('实时数据');
    expect(await page.locator('textarea[data-key="s1-figures"]').count()).toBe(0);

    await page.locator('textarea[data-key="s3-text"]').fill('下一步，市委将驰而不息抓好后续整改落实工作。');
    await page.locator('[data-save="s3-text"]').click();
    await page.locator('[data-testid="report-versions"] [data-version="2"]').waitFor();
    // A theme paragraph added after 一、's narrative, 二、's opening removed: versions 3 and 4.
    await page.locator('[data-add="s1-text"]').click();
    await page.locator('[data-testid="new-paragraph"]').fill('（一）高位推动，强化组织领导。');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.locator('[data-testid="report-versions"] [data-version="3"]').waitFor();
    await page.locator('[data-remove="s2-text"]').click();
    await page.locator('[data-testid="report-versions"] [data-version="4"]').waitFor();
    expect(await page.locator('textarea[data-key="text-3"]').inputValue()).toBe(
      '（一）高位推动，强化组织领导。',
    );
    expect(await page.locator('textarea[data-key="s2-text"]').count()).toBe(0);
    await page.getByRole('combobox', { name: '比较版本' }).click();
    await page.getByRole('option', { name: '1', exact: true }).click();
    await page.getByRole('button', { name: '比较' }).click();
    expect(await page.locator('[data-diff="text-3"]').getAttribute('data-change')).toBe('ADDED');
    expect(await page.locator('[data-diff="s2-text"]').getAttribute('data-change')).toBe('REMOVED');
    const diff = page.locator('[data-diff="s3-text"]');
    await diff.waitFor();
    expect(await diff.getAttribute('data-change')).toBe('CHANGED');
    expect(await diff.textContent()).toContain('驰而不息');
    await screenshot(page, 'report-draft');

    await page.getByRole('button', { name: '发布' }).click();
    await expect
      .poll(() => page.locator('[data-testid="report-status"]').textContent(), { timeout: 30_000 })
      .toBe('已发布');
    expect(await page.locator('[data-testid="report-hash"]').textContent()).toMatch(
      /^SHA-256 [0-9a-f]{64}$/u,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-format="DOCX"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('整改进展情况通报-2018-11-26.docx');
    await page.close();
  });

  it('is not offered to a unit', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'unit');
    expect(await page.locator('[data-nav="reportDrafts"]').count()).toBe(0);
    await page.close();
  });
});
