import { Writable } from 'node:stream';
import { TaskTerm } from '@rectify/domain';
import type ExcelJS from 'exceljs';
import { deadlineNumberFormat, excelDate } from './deadline-cell.js';
import { escapeFormulaText } from './formula-text.js';
import { LEDGER_COLUMNS, LedgerSheetKind } from './layout.js';
import { UNIT_SEPARATOR } from './row-key.js';
import type { SheetRow } from './sheet-row.js';

const HEADER_FILL = 'FFD9E1F2';
const ISSUE_FILL = 'FFF2F2F2';
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A task with a term but no date shows the term alone (立行立改, 长期坚持). */
function termOnly(term: TaskTerm | null): string | null {
  return term && term !== 'BY_DEADLINE' ? TaskTerm.label(term) : null;
}

export interface LedgerWorkbookOptions {
  kind: LedgerSheetKind;
  /** Recorded as the workbook's creation time; a fixed clock makes the file reproducible. */
  createdAt: Date;
}

export interface LedgerWorkbookInput extends LedgerWorkbookOptions {
  rows: readonly SheetRow[];
}

/** A workbook being written row by row; `finish` returns the file. */
export interface LedgerWorkbookWriter {
  add(row: SheetRow): void;
  /** How many rows were added. */
  readonly rowCount: number;
  finish(): Promise<Uint8Array>;
}

/**
 * Opens one list in the office's layout: Chinese headers in a frozen, filterable first row, column widths
 * that fit the texts, wrapped text, real dates, formula-like texts escaped (formula-text.ts). The sheet is
 * named after the list (问题清单, 任务清单, 整改台账).
 *
 * Written with exceljs's streaming writer: each row is turned into XML and compressed as it is added, so
 * that a province's ledger does not sit in memory as a workbook model (only the shared strings do, which
 * keep the file's cells what the in-memory writer made them).
 */
export async function openLedgerWorkbook(options: LedgerWorkbookOptions): Promise<LedgerWorkbookWriter> {
  const { default: Excel } = await import('exceljs'); // on first use, as in read-ledger-workbook.ts
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Rectify';
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  const sheet = workbook.addWorksheet(LedgerSheetKind.label(options.kind), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.autoFilter = { from: 'A1', to: `${String.fromCharCode(64 + LEDGER_COLUMNS.length)}1` };

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 24;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = BORDER;
  });
  header.commit();

  let rowCount = 0;
  return {
    add(row) {
      addRow(sheet, options.kind, row);
      rowCount++;
    },
    get rowCount() {
      return rowCount;
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

function addRow(sheet: ExcelJS.Worksheet, kind: LedgerSheetKind, row: SheetRow): void {
  const text = escapeFormulaText;
  const added = sheet.addRow({
    key: text(row.key),
    problem: text(row.problem),
    measure: text(row.measure),
    leader: text(row.leader),
    units: text(row.units.join(UNIT_SEPARATOR)),
    deadline: row.deadline ? excelDate(row.deadline) : termOnly(row.term),
    progress: text(row.progress),
    status: text(row.status),
  });
  if (row.deadline) added.getCell('deadline').numFmt = deadlineNumberFormat(row.term);
  added.alignment = { vertical: 'top', wrapText: true };
  added.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = BORDER;
  });
  if (row.level === 'issue' && kind === 'LEDGER') {
    added.font = { bold: true };
    added.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ISSUE_FILL } };
    });
  }
  added.commit();
}

/** The whole list at once (see openLedgerWorkbook). */
export async function writeLedgerWorkbook(input: LedgerWorkbookInput): Promise<Uint8Array> {
  const writer = await openLedgerWorkbook(input);
  for (const row of input.rows) writer.add(row);
  return writer.finish();
}
