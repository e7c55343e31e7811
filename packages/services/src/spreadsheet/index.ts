export * from './export-ledger-workbook.js';
export * from './import-ledger-workbook.js';
export * from './import-plan.js';
export { columnRef, LedgerSheetKind, type SheetError, XLSX_MIME_TYPE } from '@rectify/ledger-io';
