import ExcelJS from 'exceljs';
import { taskRow } from '../testing.js';
import { describe, expect, it } from 'vitest';
import { escapeFormulaText, unescapeFormulaText } from './formula-text.js';
import { describeSheetError, LEDGER_COLUMNS } from './layout.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import { writeLedgerWorkbook } from './write-ledger-workbook.js';

const createdAt = new Date('2018-11-26T02:00:00Z');

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('formula-like text', () => {
  const TEXTS = ['=1+2', '-5%', '@x', '+86 10', '\t=A1', "'=x", "''@y", "'abc", '一是=不变'];

  it('is escaped and unescaped exactly', () => {
    for (const text of TEXTS) expect(unescapeFormulaText(escapeFormulaText(text))).toBe(text);
    expect(escapeFormulaText('=1+2')).toBe("'=1+2");
    expect(escapeFormulaText("'=x")).toBe("''=x");
    expect(escapeFormulaText("'abc")).toBe("'abc");
    expect(escapeFormulaText('一是=不变')).toBe('一是=不变');
  });

  it('is written as text behind an apostrophe, never as a formula, and reads back unchanged', async () => {
    const rows = [
      taskRow('=1+2-1', '=1+2', { leader: '@x', units: ['-单位', '+单位'], progress: '=HYPERLINK("x")' }),
      taskRow('一-2', '-5%', { problem: '@SUM(A1)' }),
      taskRow('一-3', "'=x"),
      taskRow('一-4', "'abc"),
    ];
    const sheet = await load(await writeLedgerWorkbook({ kind: 'TASKS', rows, createdAt }));
    expect(['A2', 'C2', 'D2', 'E2', 'G2', 'B3', 'C3', 'C4', 'C5'].map((a) => sheet.getCell(a).value)).toEqual(
      ["'=1+2-1", "'=1+2", "'@x", "'-单位、+单位", '\'=HYPERLINK("x")', "'@SUM(A1)", "'-5%", "''=x", "'abc"],
    );
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)),
    );

    const read = await readLedgerWorkbook(await writeLedgerWorkbook({ kind: 'TASKS', rows, createdAt }));
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.key, r.problem, r.measure, r.leader, r.units])).toEqual([
      [{ kind: 'task', issueCode: '=1+2', position: 1 }, '', '=1+2', '@x', ['-单位', '+单位']],
      [{ kind: 'task', issueCode: '一', position: 2 }, '@SUM(A1)', '-5%', '', []],
      [{ kind: 'task', issueCode: '一', position: 3 }, '', "'=x", '', []],
      [{ kind: 'task', issueCode: '一', position: 4 }, '', "'abc", '', []],
    ]);
  });
});

describe('a formula cell on import', () => {
  it('is an error at that cell, with or without a saved result, even in an otherwise empty row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(LEDGER_COLUMNS.map((c) => c.header));
    sheet.addRow(['一-1', '', { formula: 'B1', result: '整改措施' }, '', '', '', '', '']);
    sheet.addRow(['一-2', '', '措施', '', '', { formula: 'DATE(2018,11,30)' }, '', '']);
    sheet.addRow(['', '', '', '', '', '', '', { formula: 'A1', result: '' }]);
    sheet.getCell('A5').value = { formula: '"一"', result: '一' };
    const { errors } = await readLedgerWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const formulaErrors = errors.filter((e) => e.code === 'FORMULA');
    expect(formulaErrors.map((e) => `${e.column?.letter}${e.row}`)).toEqual(['C2', 'F3', 'H4', 'A5']);
    expect(describeSheetError(formulaErrors[0]!)).toEqual({
      zh: '第2行“整改措施”（C2）：单元格含公式，导入不接受公式，请改为直接填写内容',
      en: 'row 2, Measures (C2): the cell holds a formula; an import takes no formulas, type the value itself',
    });
  });
});
