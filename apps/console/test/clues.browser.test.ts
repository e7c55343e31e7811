import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, menuEntries, signIn } from './support/sign-in.js';

// Clue cases in the console, on the demo data: DISCIPLINE's intake, disposal, figures and confidentiality;
// every other role finds nothing. The tests run in order and build on each other's cases.

const suite = consoleSuite();
let disciplineToken: string;

const SUBJECT = '（示例）浏览器测试干部甲';
const MATTER = '反映其违规收受管理服务对象购物卡';
/** The serials the console's intakes get, read back from the API. */
const cases: { first?: { id: number; serial: string } } = {};

beforeAll(async () => {
  disciplineToken = await apiToken(suite.api, 'discipline');
});

/** An ISO date `days` from today (UTC, as the API and this machine count). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function asDiscipline(page: Page, username = 'discipline') {
  await signIn(page, suite.api.url, username);
}

/** Picks an option of a MUI select by its label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a react-admin autocomplete and picks the first suggestion containing the text. */
async function pick(page: Page, scope: Locator, label: string, text: string) {
  const input = scope.getByLabel(label, { exact: false }).first();
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text, exact: false }).first().click();
}

async function intake(
  page: Page,
  values: { source: string; kind: string; summary: string; subject: string; deadline?: string },
) {
  await page.goto(`${suite.api.url}/#/clueCases/create`);
  await choose(page, page, '来源', values.source);
  await choose(page, page, '类别', values.kind);
  await page.locator('textarea[name="summary"]').fill(values.summary);
  await page.locator('input[name="subject"]').fill(values.subject);
  await page.locator('input[name="informant"]').fill('（示例）浏览器测试举报人');
  if (values.deadline) await page.locator('input[name="deadline"]').fill(values.deadline);
  await page.locator('button[type="submit"]').click();
}

/** The case the show page displays, by its address. */
async function shownCase(page: Page): Promise<{ id: number; serial: string }> {
  await page.waitForURL(/#\/clueCases\/\d+\/show/);
  const id = Number(/clueCases\/(\d+)\/show/.exec(page.url())![1]);
  const result = await suite.api.gql<{ clueCase: { serial: string } }>(
    `{ clueCase(id: ${id}) { serial } }`,
    {},
    { token: disciplineToken },
  );
  return { id, serial: result.data!.clueCase.serial };
}

const dialog = (page: Page) => page.getByRole('dialog');

async function historyActions(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="clue-history"] li')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-action') ?? ''));
}

describe('discipline', () => {
  it("sees the seed's (五) figures: 87.2% of the transferred petition reports concluded", async () => {
    const page = await suite.browser.context.newPage();
    await asDiscipline(page);
    expect(await menuEntries(page)).toEqual([
      'dashboard',
      'ledger',
      'tasks',
      'inbox',
      'clueCases',
      'clueDisclosureQueue',
      'clueFigures',
      'passwordResetApprovals',
    ]);
    await page.locator('[data-nav="clueFigures"]').click();
    const petitions = page.locator(
      '[data-testid="clue-by-source-kind"] [data-row="INSPECTION_TRANSFER:PETITION_REPORT"]',
    );
    await expect
      .poll(() => petitions.locator('[data-figure="completionRate"]').textContent())
      .toBe('87.2% (41/47)');
    expect(await petitions.locator('[data-figure="received"]').textContent()).toBe('47');
    const clues = page.locator(
      '[data-testid="clue-by-source-kind"] [data-row="INSPECTION_TRANSFER:PROBLEM_CLUE"]',
    );
    expect(await clues.locator('[data-figure="concluded"]').textContent()).toBe('1');
    expect(await clues.locator('[data-figure="caseFiled"]').textContent()).toBe('3');
    expect(await clues.locator('[data-figure="underWay"]').textContent()).toBe('4');
    await page.getByText('按归口处置单位').waitFor();
    await screenshot(page, 'clue-figures');
    await page.close();
  });

  it('takes a case in, keeping what was typed when the server refuses a field', async () => {
    const page = await suite.browser.context.newPage();
    await asDiscipline(page);
    // A deadline before the day of receipt is refused under the deadline field, in Chinese; nothing is lost.
    await intake(page, {
      source: '直接受理',
      kind: '问题线索',
      summary: MATTER,
      subject: SUBJECT,
      deadline: '2018-01-01',
    });
    await page
      .locator('.MuiFormHelperText-root.Mui-error', { hasText: '办理时限不能早于受理日期' })
      .waitFor();
    expect(await page.locator('input[name="subject"]').inputValue()).toBe(SUBJECT);
    expect(await page.locator('textarea[name="summary"]').inputValue()).toBe(MATTER);
    await screenshot(page, 'clue-intake-error');
    await page.locator('input[name="deadline"]').fill(inDays(60));
    await page.locator('button[type="submit"]').click();
    cases.first = await shownCase(page);
    await page.getByText(`已受理 ${cases.first.serial}`).waitFor();
    expect(cases.first.serial).toMatch(/^XS-\d{4}-0001$/);
    // The operator owns the case and reads its identity; the history starts with the intake.
    expect(await page.locator('[data-testid="clue-subject"]').textContent()).toBe(SUBJECT);
    expect(await historyActions(page)).toEqual(['INTAKE']);
    await page.close();
  });

  it('is told when an intake is the same clue as an earlier one, and confirms the link', async () => {
    const page = await suite.browser.context.newPage();
    await asDiscipline(page);
    await intake(page, {
      source: '信访部门转办',
      kind: '问题线索',
      summary: `举报该干部${MATTER.slice(2)}`,
      subject: ` ${SUBJECT} `,
    });
    const again = await shownCase(page);
    await page.getByText(`与已受理的 ${cases.first!.serial} 为同一线索`).waitFor();
    const banner = page.locator('[data-testid="clue-duplicate-of"]');
    await banner.getByText('疑似重复（待确认）').waitFor();
    await screenshot(page, 'clue-duplicate');
    await page.locator(`[data-testid="duplicate-confirm-${again.id}"]`).click();
    await dialog(page).locator('textarea[name="note"]').fill('经核对为同一事项');
    await dialog(page).getByRole('button', { name: '确认重复' }).click();
    await banner.getByText('已确认重复').waitFor();
    expect(await historyActions(page)).toEqual(['INTAKE', 'DUPLICATE_LINKED', 'DUPLICATE_CONFIRMED']);
    // The link leads to the first intake, which lists its duplicate.
    await banner.getByRole('link', { name: cases.first!.serial }).click();
    await page.locator(`[data-testid="duplicate-${again.serial}"]`).waitFor();
    await page.close();
  });

  it('routes, disposes of and concludes a case, each step in its history', async () => {
    const page = await suite.browser.context.newPage();
    await asDiscipline(page);
    await page.goto(`${suite.api.url}/#/clueCases/${cases.first!.id}/show`);
    const status = page.locator('[data-testid="clue-status"]');
    await status.getByText('已受理').waitFor();

    // Someone else changes the case meanwhile: the stale form is refused, and keeps what was typed.
    await page.locator('[data-testid="clue-route"]').click();
    await pick(page, dialog(page), '归口处置单位', '市纪委监委');
    const read = await suite.api.gql<{ clueCase: { version: number } }>(
      `{ clueCase(id: ${cases.first!.id}) { version } }`,
      {},
      { token: disciplineToken },
    );
    const changed = await suite.api.gql<{ updateClueCase: { errors: unknown[] } }>(
      `mutation ($version: Int!) { updateClueCase(input: { id: ${cases.first!.id}, version: $version,
        summary: "${MATTER}(补充)" }) { errors { code } } }`,
      { version: read.data!.clueCase.version },
      { token: disciplineToken },
    );
    expect(changed.data?.updateClueCase.errors).toEqual([]);
    await dialog(page).getByRole('button', { name: '归口处置' }).click();
    // One conflict message for every form: someone else acted first, and what was typed is kept.
    await page.getByText('已被他人处理或修改').waitFor();
    expect(await dialog(page).getByLabel('归口处置单位', { exact: false }).inputValue()).toBe('市纪委监委');
    await screenshot(page, 'clue-conflict');
    // As the message says: refresh, and try again.
    await page.reload();
    await page.getByText(`${MATTER}(补充)`).waitFor();
    await page.locator('[data-testid="clue-route"]').click();
    await pick(page, dialog(page), '归口处置单位', '市纪委监委');
    await dialog(page).getByRole('button', { name: '归口处置' }).click();
    await status.getByText('已归口').waitFor();

    // An inquiry without a deadline is refused under the deadline; the method chosen stays chosen.
    await page.locator('[data-testid="clue-dispose"]').click();
    await choose(page, dialog(page), '处置方式', '谈话函询');
    await page.locator('[role="dialog"] input[name="deadline"]').fill('');
    await dialog(page).getByRole('button', { name: '确定处置方式' }).click();
    await dialog(page).locator('.MuiFormHelperText-root.Mui-error', { hasText: '办理时限' }).waitFor();
    expect(await dialog(page).getByRole('combobox', { name: '处置方式' }).textContent()).toContain(
      '谈话函询',
    );
    await page.locator('[role="dialog"] input[name="deadline"]').fill(inDays(10));
    await dialog(page).getByRole('button', { name: '确定处置方式' }).click();
    await status.getByText('处置中').waitFor();
    // Ten days ahead is inside the yellow lead time.
    await page.locator('[data-testid="clue-warning"][data-warning="YELLOW"]').waitFor();

    await page.locator('[data-testid="clue-conclude"]').click();
    await choose(page, dialog(page), '核查结论', '部分属实');
    await dialog(page).locator('textarea[name="sanctions"]').fill('给予诫勉谈话');
    await dialog(page).getByRole('button', { name: '办结' }).click();
    await status.getByText('已办结').waitFor();
    await page.getByText('给予诫勉谈话').waitFor();
    expect(await historyActions(page)).toEqual(['INTAKE', 'UPDATE', 'ROUTE', 'DISPOSE', 'CONCLUDE']);
    await screenshot(page, 'clue-detail');
    // A concluded case offers no further move.
    expect(await page.locator('[data-testid="clue-route"]').count()).toBe(0);
    expect(await page.locator('[data-testid="clue-dispose"]').count()).toBe(0);
    await page.close();
  });

  it('lists cases with their deadline colours, soonest first, and filters the overdue ones', async () => {
    // Two open cases, due in 10 and 60 days: yellow (inside the 20-day lead time) and green.
    for (const [days, subject] of [
      [60, '（示例）浏览器测试干部乙'],
      [10, '（示例）浏览器测试干部丙'],
    ] as const) {
      const result = await suite.api.gql<{ intakeClueCase: { errors: unknown[] } }>(
        `mutation ($input: IntakeClueCaseInput!) { intakeClueCase(input: $input) { errors { message } } }`,
        {
          input: {
            source: 'DIRECT_REPORT',
            kind: 'PETITION_REPORT',
            receivedDate: inDays(0),
            summary: `【列表测试】反映其违规兼职取酬${days}`,
            subject,
            deadline: inDays(days),
          },
        },
        { token: disciplineToken },
      );
      expect(result.data?.intakeClueCase.errors).toEqual([]);
    }
    const page = await suite.browser.context.newPage();
    await asDiscipline(page);
    await page.locator('[data-nav="clueCases"]').click();
    const rows = page.locator('.RaDataTable-table tbody tr');
    await rows.first().waitFor();
    const colours = () =>
      page
        .locator('[data-testid="clue-warning"]')
        .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-warning')));
    await page.locator('input[name="q"]').fill('列表测试');
    // Soonest deadline first: yellow, then green.
    await expect.poll(async () => (await colours()).join()).toBe('YELLOW,GREEN');
    await screenshot(page, 'clue-list');
    // Only overdue cases: the demo's open cases, long past their 2018 deadlines, all red.
    await page.goto(`${suite.api.url}/#/clueCases?filter=${encodeURIComponent('{"overdue":true}')}`);
    await rows.first().waitFor();
    await expect.poll(async () => [...new Set(await colours())].join()).toBe('RED');
    expect(await rows.count()).toBeGreaterThan(0);
    await page.close();
  });

  it("corrects an open case's intake; a non-owner corrects the facts without being offered the identity", async () => {
    const subject = '（示例）浏览器测试干部丁';
    const result = await suite.api.gql<{ intakeClueCase: { clueCase: { id: number } } }>(
      `mutation ($input: IntakeClueCaseInput!) { intakeClueCase(input: $input) { clueCase { id } } }`,
      {
        input: {
          source: 'DIRECT_REPORT',
          kind: 'PETITION_REPORT',
          receivedDate: inDays(0),
          summary: '【更正测试】反映其违规操办婚宴',
          subject,
        },
      },
      { token: disciplineToken },
    );
    const id = result.data!.intakeClueCase.clueCase.id;

    const page = await suite.browser.context.newPage();
    await asDiscipline(page);
    await page.goto(`${suite.api.url}/#/clueCases/${id}/show`);
    await page.locator('[data-testid="clue-edit"]').click();
    await page.waitForURL(`**/#/clueCases/${id}`);
    expect(await page.locator('input[name="subject"]').inputValue()).toBe(subject);
    await page.locator('textarea[name="summary"]').fill('【更正测试】反映其违规操办婚宴并收受礼金');
    await page.locator('button[type="submit"]').click();
    await page.locator('[data-testid="clue-summary"]', { hasText: '并收受礼金' }).waitFor();
    await page.close();

    const other = await suite.browser.context.newPage();
    await asDiscipline(other, 'discipline2');
    await other.goto(`${suite.api.url}/#/clueCases/${id}`);
    await other.locator('[data-testid="identity-withheld"]').waitFor();
    expect(await other.locator('input[name="subject"]').count()).toBe(0);
    expect(await other.content()).not.toContain(subject);
    await other.locator('textarea[name="summary"]').fill('【更正测试】反映其违规操办婚宴并收受礼金三万元');
    await other.locator('button[type="submit"]').click();
    await other.locator('[data-testid="clue-summary"]', { hasText: '三万元' }).waitFor();
    await screenshot(other, 'clue-corrected-by-non-owner');
    await other.close();
  });
});

describe('discipline2, who does not own the case', () => {
  it('sees a placeholder for the identity, asks to know it, and reads it once discipline approves', async () => {
    const page = await suite.browser.context.newPage();
    await asDiscipline(page, 'discipline2');
    await page.goto(`${suite.api.url}/#/clueCases/${cases.first!.id}/show`);
    const confidential = page.locator('[data-testid="clue-confidential"]');
    await confidential.getByText('保密 / Confidential').waitFor();
    expect(await page.locator('[data-testid="clue-subject"]').count()).toBe(0);
    expect(await page.content()).not.toContain(SUBJECT);
    await screenshot(page, 'clue-confidential');
    await page.locator('[data-testid="clue-request-disclosure"]').click();
    await dialog(page).locator('textarea[name="reason"]').fill('需核对与本人承办线索是否涉及同一人');
    await dialog(page).getByRole('button', { name: '申请知悉身份' }).click();
    await page.locator('[data-testid="clue-disclosures"] [data-status="PENDING_APPROVAL"]').waitFor();
    await page.close();

    const owner = await suite.browser.context.newPage();
    await asDiscipline(owner);
    await owner.locator('[data-nav="clueDisclosureQueue"]').click();
    const row = owner.locator(`[data-testid="queue-${cases.first!.serial}"]`);
    await row.getByText('需核对与本人承办线索是否涉及同一人').waitFor();
    await screenshot(owner, 'clue-disclosure-queue');
    await row.locator('[data-testid^="disclosure-approve-"]').click();
    await dialog(owner).locator('textarea[name="comment"]').fill('同意');
    await dialog(owner).getByRole('button', { name: '批准' }).click();
    // Decided, it leaves the queue (the demo's own pending request stays).
    await row.waitFor({ state: 'detached' });
    await owner.close();

    const granted = await suite.browser.context.newPage();
    await asDiscipline(granted, 'discipline2');
    await granted.goto(`${suite.api.url}/#/clueCases/${cases.first!.id}/show`);
    await granted.locator('[data-testid="clue-subject"]', { hasText: SUBJECT }).waitFor();
    expect(await historyActions(granted)).toEqual(
      expect.arrayContaining(['DISCLOSURE_REQUESTED', 'DISCLOSURE_APPROVED']),
    );
    await granted.close();
  });
});

describe.each(['office', 'unit', 'leader'])('%s', (username) => {
  it('is offered no clue page, and a case address is not found', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, username);
    const menu = await menuEntries(page);
    expect(menu.filter((m) => m.startsWith('clue'))).toEqual([]);
    const clueRequests: string[] = [];
    page.on('request', (r) => {
      if (r.postData()?.includes('clue')) clueRequests.push(r.postData()!);
    });
    for (const path of [`/clueCases/${cases.first!.id}/show`, '/clueFigures', '/clueDisclosureQueue']) {
      await page.goto(`${suite.api.url}/#${path}`);
      await page.getByText('未找到').first().waitFor();
      expect(await page.content()).not.toContain(cases.first!.serial);
    }
    // The console asked the API nothing about clue cases.
    expect(clueRequests).toEqual([]);
    await page.close();
  });
});

it('makes no request outside its own origin', () => {
  expect(suite.browser.outsideRequests).toEqual([]);
});
