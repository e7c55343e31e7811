import { defineEnum, type EnumValue, type Label } from '@rectify/domain';

/**
 * The office's ledger layout, defined once: the writer writes these columns in this order, the reader expects
 * exactly these headers in row 1, and errors name a column by its letter and header.
 */
export const LEDGER_COLUMNS = [
  { key: 'key', header: '序号', en: 'No.', width: 18 },
  { key: 'problem', header: '问题', en: 'Problem', width: 42 },
  { key: 'measure', header: '整改措施', en: 'Measures', width: 64 },
  { key: 'leader', header: '责任领导', en: 'Responsible leader', width: 16 },
  { key: 'units', header: '责任单位', en: 'Responsible units', width: 26 },
  { key: 'deadline', header: '完成时限', en: 'Deadline', width: 18 },
  { key: 'progress', header: '整改进展', en: 'Progress', width: 48 },
  { key: 'status', header: '状态', en: 'Status', width: 14 },
] as const;

export type ColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

export interface ColumnRef {
  /** The column letter, A–H. */
  letter: string;
  /** The Chinese header, as printed in row 1. */
  header: string;
}

export function columnRef(key: ColumnKey): ColumnRef {
  const index = LEDGER_COLUMNS.findIndex((c) => c.key === key);
  return { letter: String.fromCharCode(65 + index), header: LEDGER_COLUMNS[index]!.header };
}

/** The three lists the office keeps: 问题清单 (issues), 任务清单 (tasks), 整改台账 (issues with their tasks). */
export const LedgerSheetKind = defineEnum({
  PROBLEMS: { zh: '问题清单', en: 'Problem list' },
  TASKS: { zh: '任务清单', en: 'Task list' },
  LEDGER: { zh: '整改台账', en: 'Ledger' },
});
export type LedgerSheetKind = EnumValue<typeof LedgerSheetKind>;

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the reader found wrong with one cell (or with the file, when row and column are null). */
export interface SheetError {
  /** The sheet's row number as Excel shows it (the header is row 1); null for the file as a whole. */
  row: number | null;
  column: ColumnRef | null;
  code: string;
  message: Label;
}

export function cellError(row: number, key: ColumnKey, code: string, message: Label): SheetError {
  return { row, column: columnRef(key), code, message };
}

/** The error with its place: “第5行 整改措施(C5):不能为空”. */
export function describeSheetError(error: SheetError): Label {
  if (error.row == null) return error.message;
  if (!error.column) {
    return { zh: `第${error.row}行：${error.message.zh}`, en: `row ${error.row}: ${error.message.en}` };
  }
  const { letter, header } = error.column;
  const en = LEDGER_COLUMNS.find((c) => c.header === header)?.en ?? header;
  return {
    zh: `第${error.row}行“${header}”（${letter}${error.row}）：${error.message.zh}`,
    en: `row ${error.row}, ${en} (${letter}${error.row}): ${error.message.en}`,
  };
}
