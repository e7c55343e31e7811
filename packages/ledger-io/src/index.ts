// The public surface of @rectify/ledger-io: what the services, the API and the CLI use, named one by one so
// that an addition is a decision. Test support is `@rectify/ledger-io/testing`.

// Reading a feedback document (.docx, .txt, .md) into a draft issue tree.
export { parseFeedbackDocument } from './document/parse-feedback-document.js';
export { readLedgerDocument, UnreadableDocumentError } from './document/read-document.js';
export type { DraftIssue, DraftTask, ParsedDocument } from './document/types.js';

// The ledger spreadsheet: its columns, reading and writing a workbook, and the errors of its cells.
export {
  cellError,
  type ColumnKey,
  columnRef,
  describeSheetError,
  LEDGER_COLUMNS,
  LedgerSheetKind,
  type SheetError,
  XLSX_MIME_TYPE,
} from './spreadsheet/layout.js';
export { readLedgerWorkbook } from './spreadsheet/read-ledger-workbook.js';
export { taskKey } from './spreadsheet/row-key.js';
export type { ParsedRow, SheetRow } from './spreadsheet/sheet-row.js';
export { openLedgerWorkbook, writeLedgerWorkbook } from './spreadsheet/write-ledger-workbook.js';

// The public progress report and the 通报: laid out as blocks, rendered as HTML, Markdown or Word.
export { draftBlocks } from './report/draft-blocks.js';
export { renderBlocksHtml, renderReportHtml } from './report/render-html.js';
export { renderReportMarkdown } from './report/render-markdown.js';
export { reportTitle } from './report/report-layout.js';
export type { ReportIssue, ReportModel, ReportTask } from './report/report-model.js';
export { renderBlocksDocx, renderReportDocx } from './report/lazy-docx.js';
