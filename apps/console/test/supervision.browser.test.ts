import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signInAs } from './support/sign-in.js';
import { openDialog, queryAs, workflowSuite } from './support/workflow.js';

// One API for the file: a supervision group visits the demo account `unit`'s unit, which answers its finding.
const suite = workflowSuite({ users: ['unit', 'supervisor'] });

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

interface FindingState {
  id: number;
  text: string;
  status: string;
  response: string | null;
}

async function findingNamed(text: string): Promise<FindingState> {
  const { findings } = await queryAs<{ findings: { nodes: FindingState[] } }>(
    suite.api,
    suite.tokens.supervisor!,
    '{ findings(first: 100) { nodes { id text status response } } }',
  );
  return findings.nodes.find((f) => f.text === text)!;
}

describe('supervision (督查)', () => {
  it('goes from a group and its visit to the finding, the unit’s response and the follow-up', async () => {
    const finding = '整改台账更新不及时,部分佐证材料缺失。';
    const page = await suite.browser.context.newPage();

    // The supervisor sets up a group and records a visit with a finding.
    await signInAs(page, suite.api, 'supervisor');
    await page.goto(`${suite.api.url}/#/supervision`);
    let dialog = await openDialog(page, 'new-group');
    await dialog.locator('input[name="name"]').fill('第九督查组');
    await dialog.locator('input[name="headName"]').fill('王建国');
    await dialog.getByRole('button', { name: '新建督查组' }).click();
    await page.locator('[data-testid="supervision-groups"]').getByText('第九督查组').waitFor();

    dialog = await openDialog(page, 'record-visit');
    await dialog.getByRole('combobox', { name: '督查组' }).click();
    await page.getByRole('option', { name: '第九督查组' }).click();
    const unitInput = dialog.getByLabel('被督查单位');
    await unitInput.fill('市住房城乡建设局');
    await page.getByRole('option', { name: '市住房城乡建设局' }).first().click();
    await dialog.locator('input[name="visitDate"]').fill(isoDay(0));
    await dialog.locator('textarea[name="summary"]').first().fill('查阅台账,实地查看。');
    await dialog.locator('.button-add').click();
    await dialog.locator('textarea[name="findings.0.text"]').first().fill(finding);
    await dialog.locator('input[name="findings.0.responseDue"]').fill(isoDay(14));
    await dialog.getByRole('button', { name: '记录督查' }).click();
    await page.getByText('已保存').first().waitFor();
    await page.locator('[data-finding]', { hasText: finding }).waitFor();
    expect((await findingNamed(finding)).status).toBe('OPEN');

    // The unit is told, finds it among its findings and answers.
    const { notifications } = await queryAs<{ notifications: { nodes: { kind: string }[] } }>(
      suite.api,
      suite.tokens.unit!,
      '{ notifications(first: 5, kind: [SUPERVISION_FINDING]) { nodes { kind } } }',
    );
    expect(notifications.nodes.length).toBeGreaterThan(0);
    await signInAs(page, suite.api, 'unit');
    await page.goto(`${suite.api.url}/#/findings`);
    const row = page.locator('[data-finding]', { hasText: finding });
    await row.locator('[data-testid^="respond-"]').click();
    dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="response"]').first().fill('已完成台账更新,补齐佐证材料。');
    await dialog.getByRole('button', { name: '反馈' }).click();
    await page.getByText('反馈已提交').waitFor();
    await row.locator('[data-status="RESPONDED"]').waitFor();
    await screenshot(page, 'unit-findings');

    // The supervisor follows it up and closes it.
    await signInAs(page, suite.api, 'supervisor');
    await page.goto(`${suite.api.url}/#/supervision`);
    const followed = page.locator('[data-finding]', { hasText: finding });
    await followed.locator('[data-testid^="follow-up-"]').click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('已完成台账更新').waitFor();
    await dialog.getByRole('button', { name: '跟进' }).click();
    await followed.locator('[data-status="CLOSED"]').waitFor();
    await screenshot(page, 'supervision');
    expect(await findingNamed(finding)).toMatchObject({
      status: 'CLOSED',
      response: '已完成台账更新,补齐佐证材料。',
    });

    // The unit has no supervision page, the supervisor no findings page of a unit.
    await page.goto(`${suite.api.url}/#/findings`);
    await page.locator('[data-testid="dashboard"]').waitFor();
    await signInAs(page, suite.api, 'unit');
    await page.goto(`${suite.api.url}/#/supervision`);
    // A page the unit may not open leads home: its to-dos.
    await page.locator('[data-testid="unit-home"]').waitFor();
    expect(await page.locator('[data-testid="supervision"]').count()).toBe(0);
    await page.close();
  });
});
