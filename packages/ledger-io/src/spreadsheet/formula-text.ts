import type ExcelJS from 'exceljs';

/**
 * Text that a spreadsheet program would take for a formula (OWASP's CSV injection list: = + - @, tab, CR)
 * is written with a leading apostrophe, and the reader removes exactly that apostrophe.
 *
 * Why the apostrophe in the value rather than exceljs's quotePrefix style: the style lives only in the .xlsx
 * and is lost when the office re-saves the sheet as CSV (Excel writes the bare `=1+2`, which the next program
 * opens as a live formula), while an apostrophe in the text survives CSV and editing the cell (Excel reads a
 * typed leading apostrophe as "this is text"). The price is that Excel shows it.
 *
 * Texts that already begin with apostrophes before such a character get one more, so that escaping is
 * undone exactly: `'=x` is written `''=x` and read back as `'=x`; `'abc` is left alone both ways.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

export function escapeFormulaText(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

export function unescapeFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text) ? text.slice(1) : text;
}

/** A cell whose value is a formula (plain, shared or array), whether or not it carries a saved result. */
export function isFormulaCell(value: ExcelJS.CellValue): boolean {
  return value != null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}
