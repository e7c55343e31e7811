import { addDays, type IsoDate, TaskTerm } from '@rectify/domain';

/**
 * 完成时限 holds a real Excel date; a task to be fixed at once (立行立改) or kept up (长期坚持) shows its term
 * in front of the date through the cell's number format, so the cell still sorts and filters as a date.
 * A term without a date is written as the term's label alone.
 */
export interface DeadlineValue {
  deadline: IsoDate | null;
  term: TaskTerm | null;
}

const DATE_FORMAT = 'yyyy-mm-dd';

export function deadlineNumberFormat(term: TaskTerm | null): string {
  return term == null || term === 'BY_DEADLINE' ? DATE_FORMAT : `"${TaskTerm.label(term)} "${DATE_FORMAT}`;
}

/** The date as Excel stores it: midnight UTC of that day (exceljs converts Date to a serial number). */
export function excelDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function termIn(text: string): TaskTerm | null {
  return TaskTerm.values.find((term) => text.includes(TaskTerm.label(term))) ?? null;
}

function isoOf(y: number, m: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10) as IsoDate;
}

/** Day 0 of Excel's serial dates. */
const EXCEL_EPOCH = '1899-12-30';
const TEXT_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

/**
 * Reads the cell back: a date cell (with the term from its number format), an Excel serial number, or text
 * such as “2018-11-30”, “2018年11月30日”, “长期坚持” or “立行立改 2018-08-31”. Null when it cannot be read.
 */
export function readDeadline(value: unknown, numFmt: string | undefined): DeadlineValue | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const deadline = value.toISOString().slice(0, 10) as IsoDate;
    return { deadline, term: termIn(numFmt ?? '') ?? 'BY_DEADLINE' };
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2_958_465) return null;
    const deadline = addDays(EXCEL_EPOCH, value);
    return { deadline, term: termIn(numFmt ?? '') ?? 'BY_DEADLINE' };
  }
  const text = String(value ?? '').trim();
  const term = termIn(text);
  const match = TEXT_DATE.exec(text);
  if (!match) return term ? { deadline: null, term } : null;
  const deadline = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!deadline) return null;
  const rest = text
    .replace(match[0], '')
    .replace(term ? TaskTerm.label(term) : '', '')
    .trim();
  if (rest.replace(/[()()\s]/g, '') !== '') return null;
  return { deadline, term: term ?? 'BY_DEADLINE' };
}
