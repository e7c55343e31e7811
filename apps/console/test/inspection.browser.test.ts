import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

const suite = consoleSuite();

async function inspectionNamed(name: string) {
  const token = await apiToken(suite.api, 'office');
  const result = await suite.api.gql<{
    inspections: {
      nodes: { id: number; name: string; kind: string; level: string; inspectingBody: string }[];
    };
  }>('{ inspections(first: 100) { nodes { id name kind level inspectingBody } } }', {}, { token });
  return result.data!.inspections.nodes.filter((i) => i.name === name);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('an inspection', () => {
  it('is a 巡视 or a 巡察, chosen in the form with its inspecting body, and changed later', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.goto(`${suite.api.url}/#/inspections/create`);
    await page.locator('input[name="name"]').fill('某大学党委巡察');
    await page.locator('input[name="inspectingBody"]').fill('校党委第一巡察组');
    await page.locator('input[name="inspectedOrganisation"]').fill('某学院党委');
    await choose(page, '级别', '省委巡视');
    await page.getByText('不选则按层级确定（市委、县委为巡察）').waitFor();
    await choose(page, '巡视或巡察', '巡察');
    await screenshot(page, 'inspection-kind');
    await page.locator('button[type="submit"]').click();
    await page.locator('.RaDataTable-table').getByText('某大学党委巡察').waitFor();
    const [created] = await inspectionNamed('某大学党委巡察');
    expect(created).toMatchObject({
      kind: 'CIRCUIT',
      level: 'PROVINCIAL',
      inspectingBody: '校党委第一巡察组',
    });

    await page.goto(`${suite.api.url}/#/inspections/${created!.id}`);
    const kind = page.getByRole('combobox', { name: '巡视或巡察' });
    await expect.poll(() => kind.textContent()).toBe('巡察');
    await choose(page, '巡视或巡察', '巡视');
    await page.locator('button[type="submit"]').click();
    await page.locator('.RaDataTable-table').waitFor();
    await expect.poll(async () => (await inspectionNamed('某大学党委巡察'))[0]?.kind).toBe('PATROL');
  });

  it('shows its kind in English too', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.evaluate(() => localStorage.setItem('rectify.locale', 'en'));
    await page.goto(`${suite.api.url}/#/inspections/1`);
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Kind' }).textContent())
      .toBe('Patrol inspection');
    await expect
      .poll(() => page.locator('input[name="inspectingBody"]').inputValue())
      .toBe('中共广东省委第十一巡视组');
  });
});
