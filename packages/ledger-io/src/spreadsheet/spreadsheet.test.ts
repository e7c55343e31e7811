import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDeadline } from './deadline-cell.js';
import { describeSheetError, LEDGER_COLUMNS } from './layout.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import type { SheetRow } from './sheet-row.js';
import { writeLedgerWorkbook } from './write-ledger-workbook.js';

const createdAt = new Date('2018-11-26T02:00:00Z');

const ROWS: SheetRow[] = [
  {
    key: '二(一)1.(1)',
    level: 'issue',
    problem: '对中央和省委重要文件、会议精神存在结合实际不够的问题',
    measure: '',
    leader: '市委宣传部部长',
    units: ['市委宣传部'],
    deadline: null,
    term: null,
    progress: '已销号 1/2 项',
    status: '整改中',
  },
  {
    key: '二(一)1.(1)-1',
    level: 'task',
    problem: '',
    measure: '一是建立健全学习制度。',
    leader: '市委宣传部部长',
    units: ['市委宣传部', '市委办公室'],
    deadline: '2018-11-24',
    term: 'LONG_TERM',
    progress: '已完成 80%',
    status: '基本完成、长期坚持',
  },
  {
    key: '二(一)1.(1)-2',
    level: 'task',
    problem: '',
    measure: '二是突出抓好宣讲贯彻。',
    leader: '',
    units: [],
    deadline: '2018-08-31',
    term: 'IMMEDIATE',
    progress: '',
    status: '已销号',
  },
];

/** A sheet in the layout with the given rows of cell values (row 2 onwards). */
async function sheetOf(rows: ExcelJS.CellValue[][], headers: string[] = LEDGER_COLUMNS.map((c) => c.header)) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the ledger workbook', () => {
  it('reads back what it writes: keys, ordinals, units, real dates with their terms, statuses', async () => {
    const bytes = await writeLedgerWorkbook({ kind: 'LEDGER', rows: ROWS, createdAt });
    const { rows, errors } = await readLedgerWorkbook(bytes);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        row: 2,
        key: { kind: 'issue', code: '二(一)1.(1)' },
        problem: ROWS[0]!.problem,
      }),
      expect.objectContaining({
        row: 3,
        key: { kind: 'task', issueCode: '二(一)1.(1)', position: 1 },
        ordinal: '一是',
        measure: '建立健全学习制度。',
        leader: '市委宣传部部长',
        units: ['市委宣传部', '市委办公室'],
        deadline: '2018-11-24',
        term: 'LONG_TERM',
        status: 'ONGOING',
      }),
      expect.objectContaining({
        row: 4,
        ordinal: '二是',
        leader: '',
        units: [],
        term: 'IMMEDIATE',
        status: 'CLOSED',
      }),
    ]);
  });

  it('writes the office layout: Chinese headers, a frozen header row, widths, wrapped text, date cells', async () => {
    const bytes = await writeLedgerWorkbook({ kind: 'TASKS', rows: ROWS.slice(1), createdAt });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('任务清单');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '序号',
      '问题',
      '整改措施',
      '责任领导',
      '责任单位',
      '完成时限',
      '整改进展',
      '状态',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).width).toBe(64);
    expect(sheet.getCell('C2').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('F2').value).toBeInstanceOf(Date);
    expect(sheet.getCell('F2').numFmt).toBe('"长期坚持 "yyyy-mm-dd');
    expect(sheet.getCell('F3').numFmt).toBe('"立行立改 "yyyy-mm-dd');
  });

  it('lists every bad cell with its row and column, and a wrong header stops the read', async () => {
    const bytes = await sheetOf([
      ['二(一)1.(1)', '', '', '', '', '', '', ''],
      ['', '问题', '措施', '', '', '', '', ''],
      ['二(一)1.(1)-1', '', '', '', '', '下月底', '', '差不多了'],
      ['二(一)1.(1)-2', '', '措施', '', '', '2018-02-30', '', ''],
      ['二(一)1.(1)-1', '', '措施', '', '', '', '', ''],
    ]);
    const { errors } = await readLedgerWorkbook(bytes);
    expect(errors.map((e) => [e.row, e.column?.letter, e.column?.header, e.code])).toEqual([
      [2, 'B', '问题', 'REQUIRED'],
      [3, 'A', '序号', 'REQUIRED'],
      [4, 'C', '整改措施', 'REQUIRED'],
      [4, 'F', '完成时限', 'DATE'],
      [4, 'H', '状态', 'STATUS'],
      [5, 'F', '完成时限', 'DATE'],
      [6, 'A', '序号', 'DUPLICATE'],
    ]);
    expect(describeSheetError(errors[3]!).zh).toContain('第4行“完成时限”（F4）');
    expect(describeSheetError(errors[6]!).en).toContain('repeats row 4');

    const wrongHeader = await readLedgerWorkbook(await sheetOf([], ['序号', '问题', '措施']));
    expect(wrongHeader.errors.map((e) => `${e.column?.letter}${e.row}`)).toEqual([
      'C1',
      'D1',
      'E1',
      'F1',
      'G1',
      'H1',
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    const { errors } = await readLedgerWorkbook(new TextEncoder().encode('序号,问题\n1,2'));
    expect(errors).toEqual([expect.objectContaining({ row: null, column: null, code: 'NOT_XLSX' })]);
  });

  it('reads deadlines typed the way offices type them', () => {
    expect(readDeadline('2018年11月30日', undefined)).toEqual({
      deadline: '2018-11-30',
      term: 'BY_DEADLINE',
    });
    expect(readDeadline('2018/9/3', undefined)).toEqual({ deadline: '2018-09-03', term: 'BY_DEADLINE' });
    expect(readDeadline('长期坚持', undefined)).toEqual({ deadline: null, term: 'LONG_TERM' });
    expect(readDeadline('立行立改 2018-08-31', undefined)).toEqual({
      deadline: '2018-08-31',
      term: 'IMMEDIATE',
    });
    expect(readDeadline(43434, 'yyyy-mm-dd')).toEqual({ deadline: '2018-11-30', term: 'BY_DEADLINE' });
    expect(readDeadline('2018-11-30 之前尽快', undefined)).toBeNull();
  });
});
