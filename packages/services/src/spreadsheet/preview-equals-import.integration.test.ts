import { auditEvents, type Database, issues, tasks } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeLeader,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { systemActor } from '@rectify/domain';
import { describeSheetError, LEDGER_COLUMNS, type SheetError } from '@rectify/ledger-io';
import { count } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIssue } from '../ledger/create-issue.js';
import { createTask } from '../ledger/create-task.js';
import { failure } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { importLedgerWorkbook, previewLedgerImport } from './import-ledger-workbook.js';

let t: TestDatabase;
const office = (db: Database) => contextFor(db, systemActor('OFFICE'));

beforeAll(async () => {
  t = await createTestDatabase();
  const unit = await makeUnit(t.db, { name: '市委宣传部' });
  await makeLeader(t.db, { name: '宣传部长' });
  const inspectionId = (await makeInspection(t.db)).id;
  const issue = await createIssue(office(t.db), {
    inspectionId,
    parentId: null,
    kind: 'AREA',
    code: '一',
    title: '贯彻落实方面',
    leadUnitId: unit.id,
  });
  await createTask(office(t.db), {
    issueId: issue.id,
    ordinal: '一是',
    measure: '建立制度。',
    leadUnitId: unit.id,
    deadline: '2018-11-24',
  });
});
afterAll(async () => {
  await t?.close();
});

/** A new issue (row 2) and a new task under it (row 3), both good, then the row under test (row 4). */
const GOOD: ExcelJS.CellValue[][] = [
  ['二', '新问题', '', '', '市委宣传部', '', '', ''],
  ['二-1', '', '一是新措施。', '宣传部长', '市委宣传部', '2019-01-31', '', ''],
];

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('整改台账');
  sheet.addRow(LEDGER_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function counts(db: Database) {
  const [i] = await db.select({ n: count() }).from(issues);
  const [k] = await db.select({ n: count() }).from(tasks);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  return { issues: i!.n, tasks: k!.n, audit: a!.n };
}

const cellOf = (e: SheetError) => `${e.column?.letter ?? ''}${e.row}`;

const task = (
  cells: Partial<Record<'measure' | 'leader' | 'units' | 'deadline' | 'status', ExcelJS.CellValue>>,
) => [
  '二-2',
  '',
  cells.measure ?? '二是措施。',
  cells.leader ?? '',
  cells.units ?? '市委宣传部',
  cells.deadline ?? '',
  '',
  cells.status ?? '',
];

const BAD_CELLS: [string, ExcelJS.CellValue[], string, string][] = [
  ['a 100 KB measure', task({ measure: 'x'.repeat(100_000) }), 'C4', 'TOO_LONG'],
  [
    'an ordinal too long',
    task({ measure: `${'一二三四五六七八九十'.repeat(2)}一是措施。` }),
    'C4',
    'TOO_LONG',
  ],
  ['an issue title too long', ['三', '题'.repeat(1001), '', '', '', '', '', ''], 'B4', 'TOO_LONG'],
  ['an issue code too long', ['三'.repeat(55), '问题', '', '', '', '', '', ''], 'A4', 'TOO_LONG'],
  ['an issue response too long', ['三', '问题', '答'.repeat(20_001), '', '', '', '', ''], 'C4', 'TOO_LONG'],
  ['an unknown leader', task({ leader: '张三' }), 'D4', 'UNKNOWN_LEADER'],
  ['an unknown unit', task({ units: '不存在的局' }), 'E4', 'UNKNOWN_UNIT'],
  ['a date that does not exist', task({ deadline: '2018-02-30' }), 'F4', 'DATE'],
  ['an unknown status', task({ status: '差不多了' }), 'H4', 'STATUS'],
  ['a formula', task({ measure: { formula: '"二是措施。"', result: '二是措施。' } }), 'C4', 'FORMULA'],
  [
    'a moved deadline',
    ['一-1', '', '一是建立制度。', '', '市委宣传部', '2019-12-31', '', ''],
    'F4',
    'EXTENSION_REQUIRED',
  ],
];

describe('the preview is the import', () => {
  it.each(BAD_CELLS)(
    'gives the same error at the same cell for %s, and the import writes nothing',
    async (_, row, cell, code) => {
      const content = await workbook([...GOOD, row]);
      const before = await counts(t.db);
      const preview = await previewLedgerImport(office(t.db), { content });
      expect(preview.errors.map((e) => [cellOf(e), e.code])).toEqual([[cell, code]]);
      expect(await counts(t.db)).toEqual(before);

      const error = await failure(importLedgerWorkbook(office(t.db), { content }));
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors).toEqual(
        preview.errors.map((e) => ({ field: cellOf(e), code: e.code, message: describeSheetError(e) })),
      );
      expect(await counts(t.db)).toEqual(before);
    },
  );

  it('names the cell of an error the use case finds', async () => {
    const content = await workbook([...GOOD, task({ measure: 'x'.repeat(100_000) })]);
    const error = await failure(importLedgerWorkbook(office(t.db), { content }));
    expect(error.fieldErrors.map((e) => e.message)).toEqual([
      {
        zh: '第4行“整改措施”（C4）：整改措施不能超过20000个字',
        en: 'row 4, Measures (C4): Measure must be at most 20000 characters',
      },
    ]);
  });

  it('reports the errors of every row at once, from the sheet and from the use cases', async () => {
    const content = await workbook([
      ...GOOD,
      task({ measure: 'x'.repeat(100_000) }),
      ['二-3', '', '三是措施。', '张三', '市委宣传部', '', '', ''],
      ['四', '题'.repeat(1001), '', '', '', '', '', ''],
    ]);
    const preview = await previewLedgerImport(office(t.db), { content });
    const error = await failure(importLedgerWorkbook(office(t.db), { content }));
    expect(preview.errors.map(cellOf)).toEqual(['C4', 'D5', 'B6']);
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['C4', 'D5', 'B6']);
  });

  it('previews a good sheet as exactly what the import then does, writing nothing until it does', async () => {
    const content = await workbook([...GOOD, task({})]);
    const before = await counts(t.db);
    const preview = await previewLedgerImport(office(t.db), { content });
    expect(preview).toMatchObject({ errors: [], creates: 3, updates: 0, unchanged: 0 });
    expect(await counts(t.db)).toEqual(before);
    expect(await importLedgerWorkbook(office(t.db), { content })).toEqual(preview);
    expect(await counts(t.db)).toEqual({
      issues: before.issues + 1,
      tasks: before.tasks + 2,
      audit: expect.any(Number),
    });
  });
});
