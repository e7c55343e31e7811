import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditEvents, tasks } from '@rectify/db';
import { TaskStatus } from '@rectify/domain';
import { type ParsedRow, readLedgerWorkbook, type SheetRow, writeLedgerWorkbook } from '@rectify/ledger-io';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

const suite = consoleSuite();
let ledgerRows: ParsedRow[] = [];
const folder = mkdtempSync(path.join(tmpdir(), 'rectify-sheets-'));

beforeAll(async () => {
  // The ledger as exported, to build the sheets the import tests upload.
  const token = await apiToken(suite.api, 'office');
  const { data } = await suite.api.gql<{ exportLedger: { contentBase64: string } }>(
    '{ exportLedger(kind: LEDGER) { contentBase64 } }',
    {},
    { token },
  );
  ledgerRows = (await readLedgerWorkbook(Buffer.from(data!.exportLedger.contentBase64, 'base64'))).rows;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Clicks an export button and returns the downloaded file's name and parsed rows. */
async function download(page: Page, kind: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${kind}"]`).click(),
  ]);
  const target = path.join(folder, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), rows: (await readLedgerWorkbook(readFileSync(target))).rows };
}

async function written() {
  return { tasks: await suite.api.db.$count(tasks), audit: await suite.api.db.$count(auditEvents) };
}

/** A sheet written to disk, for the file picker. */
async function sheetFile(name: string, rows: SheetRow[]) {
  const file = path.join(folder, name);
  writeFileSync(file, await writeLedgerWorkbook({ kind: 'TASKS', rows, createdAt: new Date() }));
  return file;
}

/** An exported task row written back as the office would type it. */
function taskRow(row: ParsedRow, edits: Partial<SheetRow>): SheetRow {
  if (row.key.kind !== 'task') throw new Error('a task row expected');
  return {
    key: `${row.key.issueCode}-${row.key.position}`,
    level: 'task',
    problem: '',
    measure: `${row.ordinal}${row.measure}`,
    leader: row.leader,
    units: row.units,
    deadline: row.deadline,
    term: row.term,
    progress: '',
    status: row.status ? TaskStatus.label(row.status) : '',
    ...edits,
  };
}

describe('spreadsheets in the console', () => {
  it('downloads the ledger and the task list as .xlsx in the office layout', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.goto(`${suite.api.url}/#/ledger`);
    await page.locator('[role="treeitem"]').first().waitFor({ timeout: 30_000 });
    const ledger = await download(page, 'LEDGER');
    expect(ledger.name).toMatch(/^整改台账-.+\.xlsx$/);
    expect(ledger.rows.filter((r) => r.key.kind === 'task')).toHaveLength(183);
    expect(ledger.rows.filter((r) => r.key.kind === 'issue')).toHaveLength(57);

    await page.goto(`${suite.api.url}/#/tasks`);
    const taskList = await download(page, 'TASKS');
    expect(taskList.name).toMatch(/^任务清单-/);
    expect(taskList.rows).toHaveLength(183);
  });

  it('offers the import page to the office only', async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'unit');
    expect(await page.locator('[data-nav="ledgerImport"]').count()).toBe(0);
    await signIn(page, suite.api.url, 'office');
    await page.locator('[data-nav="ledgerImport"]', { hasText: '导入台账' }).waitFor();
  });

  it('shows every error of a bad sheet with its row and column, and writes nothing', async () => {
    const existing = ledgerRows.find((r) => r.key.kind === 'task')!;
    const bad = await sheetFile('bad.xlsx', [
      taskRow(existing, { leader: '无此人' }),
      taskRow(existing, { key: '九(九)9.-1', measure: '' }),
    ]);
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    // After signing in, which is audited itself.
    const before = await written();
    await page.goto(`${suite.api.url}/#/import`);
    await page.locator('[data-testid="import-file"]').setInputFiles(bad);
    const errors = page.locator('[data-testid="import-errors"]');
    await errors.waitFor();
    expect(
      await errors.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-cell'))),
    ).toEqual(['D2', 'A3', 'C3']);
    expect(await errors.locator('tr[data-cell="D2"]').textContent()).toContain('没有名为“无此人”的领导');
    expect(await page.locator('[data-testid="import-confirm"]').count()).toBe(0);
    await screenshot(page, 'import-errors');
    expect(await written()).toEqual(before);
  });

  it('imports a good sheet after the preview: an edited row updated, a new row created', async () => {
    const existing = ledgerRows.find((r) => r.key.kind === 'task')!;
    if (existing.key.kind !== 'task') throw new Error('a task row expected');
    const newKey = `${existing.key.issueCode}-99`;
    const good = await sheetFile('good.xlsx', [
      taskRow(existing, { measure: `${existing.ordinal}${existing.measure}(已细化)` }),
      taskRow(existing, {
        key: newKey,
        measure: '十是建立月度通报制度。',
        deadline: '2019-06-30',
        term: 'BY_DEADLINE',
        status: '',
      }),
    ]);
    const before = await written();
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, 'office');
    await page.goto(`${suite.api.url}/#/import`);
    await page.locator('[data-testid="import-file"]').setInputFiles(good);
    const rows = page.locator('[data-testid="import-rows"]');
    await rows.waitFor();
    expect(
      await rows.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-action'))),
    ).toEqual(['UPDATE', 'CREATE']);
    expect(await page.locator('[data-testid="import-counts"]').textContent()).toContain('新增 1 行');
    // The preview wrote nothing.
    expect((await written()).tasks).toBe(before.tasks);
    await screenshot(page, 'import-preview');

    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-done"]').waitFor();
    expect((await written()).tasks).toBe(before.tasks + 1);
    const measures = (await suite.api.db.select({ measure: tasks.measure }).from(tasks)).map(
      (t) => t.measure,
    );
    expect(measures).toContain(`${existing.measure}(已细化)`);
    expect(measures).toContain('建立月度通报制度。');
  });
});
