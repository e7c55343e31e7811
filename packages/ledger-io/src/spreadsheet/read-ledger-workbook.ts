import { type Label, SheetCellError, TaskStatus } from '@rectify/domain';
import type ExcelJS from 'exceljs';
import { readDeadline } from './deadline-cell.js';
import { isFormulaCell, unescapeFormulaText } from './formula-text.js';
import { type ColumnKey, cellError, columnRef, LEDGER_COLUMNS, type SheetError } from './layout.js';
import { parseRowKey, splitMeasure, splitUnits } from './row-key.js';
import type { ParsedRow } from './sheet-row.js';

const KEY_MAX = 60;
const MAX_ROWS = 10_000;

export interface ReadResult {
  rows: ParsedRow[];
  /** Every problem found, in sheet order; a sheet with errors must not be imported. */
  errors: SheetError[];
}

const fileError = (code: string, message: Label): SheetError => ({ row: null, column: null, code, message });

/** The text a cell holds, without the escaping the writer puts in front of formula-like text. */
function cellText(value: ExcelJS.CellValue): string {
  return unescapeFormulaText(shownText(value));
}

/** The text a cell shows: rich text joined, a formula's result, a hyperlink's text. */
function shownText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return shownText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return shownText(value.text as ExcelJS.CellValue);
  return '';
}

/** A date or number as it is (a date cell, an Excel serial), anything else as its text. */
function dateOrText(value: ExcelJS.CellValue): Date | number | string {
  if (value instanceof Date || typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value)
    return dateOrText((value.result ?? null) as ExcelJS.CellValue);
  return cellText(value);
}

function statusOf(text: string): TaskStatus | null | undefined {
  if (text === '') return null;
  return TaskStatus.values.find(
    (s) => s === text || TaskStatus.label(s, 'zh') === text || TaskStatus.label(s, 'en') === text,
  );
}

/**
 * Reads the first worksheet of an .xlsx file in the office's layout and checks every cell on its own:
 * the headers, 序号 present and unique, texts where the row needs them, dates, statuses. References to
 * leaders, units, issues and tasks are checked by the caller against the database.
 */
export async function readLedgerWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  // Loaded on first use, as everywhere in this package: exceljs alone adds 25 MB to a server that never
  // imports or exports a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      errors: [
        fileError('NOT_XLSX', {
          zh: '文件不是有效的 Excel 工作簿（.xlsx）',
          en: 'the file is not a valid Excel workbook (.xlsx)',
        }),
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    return {
      rows: [],
      errors: [fileError('NO_SHEET', { zh: '工作簿中没有工作表', en: 'the workbook has no sheet' })],
    };
  }
  const errors: SheetError[] = [];
  const header = sheet.getRow(1);
  LEDGER_COLUMNS.forEach((column, index) => {
    const found = cellText(header.getCell(index + 1).value);
    if (found !== column.header) {
      errors.push({
        row: 1,
        column: columnRef(column.key),
        code: 'HEADER',
        message: {
          zh: `表头应为“${column.header}”，实为“${found}”`,
          en: `the header should be “${column.header}” (${column.en}), found “${found}”`,
        },
      });
    }
  });
  if (errors.length > 0) return { rows: [], errors };
  if (sheet.rowCount > MAX_ROWS + 1) {
    return {
      rows: [],
      errors: [
        fileError('TOO_MANY_ROWS', {
          zh: `一次最多导入${MAX_ROWS}行`,
          en: `at most ${MAX_ROWS} rows per import`,
        }),
      ],
    };
  }

  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (key: ColumnKey) => row.getCell(LEDGER_COLUMNS.findIndex((c) => c.key === key) + 1);
    const text = (key: ColumnKey) => cellText(cell(key).value);
    const add = (key: ColumnKey, code: string, message: Label) =>
      errors.push(cellError(r, key, code, message));
    // A formula is refused wherever it is, even with an empty or saved result: the ledger keeps what the
    // office typed, not what a formula happened to compute when the file was last saved.
    for (const column of LEDGER_COLUMNS)
      if (isFormulaCell(cell(column.key).value))
        add(column.key, SheetCellError.object.FORMULA, SheetCellError.labels.FORMULA);
    if (LEDGER_COLUMNS.every((c) => text(c.key) === '' && !isFormulaCell(cell(c.key).value))) continue;

    const keyText = text('key');
    if (keyText === '') {
      add('key', 'REQUIRED', { zh: '序号不能为空', en: 'the number is required' });
      continue;
    }
    if (keyText.length > KEY_MAX) {
      add('key', 'TOO_LONG', { zh: `序号不能超过${KEY_MAX}个字`, en: `at most ${KEY_MAX} characters` });
      continue;
    }
    const earlier = seen.get(keyText);
    if (earlier != null) {
      add('key', 'DUPLICATE', {
        zh: `序号“${keyText}”与第${earlier}行重复`,
        en: `the number “${keyText}” repeats row ${earlier}`,
      });
      continue;
    }
    seen.set(keyText, r);
    const key = parseRowKey(keyText);
    // A task's ordinal (一是 …) is kept apart from its measure; an issue's response text is taken as written.
    const { ordinal, measure } =
      key.kind === 'task' ? splitMeasure(text('measure')) : { ordinal: '', measure: text('measure') };
    const parsed: ParsedRow = {
      row: r,
      key,
      problem: text('problem'),
      ordinal,
      measure,
      leader: text('leader'),
      units: splitUnits(text('units')),
      deadline: null,
      term: null,
      status: null,
    };
    if (key.kind === 'issue') {
      if (parsed.problem === '')
        add('problem', 'REQUIRED', { zh: '问题不能为空', en: 'the problem is required' });
      // An issue's deadline, progress and status are derived from its tasks: the cells are not read.
      rows.push(parsed);
      continue;
    }
    if (measure === '')
      add('measure', 'REQUIRED', { zh: '整改措施不能为空', en: 'the measures are required' });
    const deadlineCell = cell('deadline');
    if (text('deadline') !== '') {
      const deadline = readDeadline(dateOrText(deadlineCell.value), deadlineCell.numFmt);
      if (deadline) Object.assign(parsed, deadline);
      else
        add('deadline', 'DATE', {
          zh: `无法识别的完成时限“${text('deadline')}”，请填写日期（如 2018-11-30）或“长期坚持”“立行立改”`,
          en: `cannot read the deadline “${text('deadline')}”; enter a date (e.g. 2018-11-30) or a term`,
        });
    }
    const status = statusOf(text('status'));
    if (status === undefined) {
      add('status', 'STATUS', {
        zh: `无法识别的状态“${text('status')}”，应为：${TaskStatus.values.map((s) => TaskStatus.label(s)).join('、')}`,
        en: `unknown status “${text('status')}”; use one of: ${TaskStatus.values.map((s) => TaskStatus.label(s, 'en')).join(', ')}`,
      });
    } else parsed.status = status;
    rows.push(parsed);
  }
  return { rows, errors };
}
