import type { GeneratedFile } from '../../providers/files.js';

/** The lists the office keeps, as the API's LedgerSheetKind. */
export type SheetKind = 'PROBLEMS' | 'TASKS' | 'LEDGER';

export const EXPORT_LEDGER = `query ExportLedger($kind: LedgerSheetKind!, $inspectionId: Int) {
  exportLedger(kind: $kind, inspectionId: $inspectionId) { filename mimeType byteSize contentBase64 }
}`;
export type ExportLedgerAnswer = { exportLedger: GeneratedFile };

const RESULT = `inspectionName creates updates unchanged
  rows { row key entity action changes ignored }
  errors { row column header code message }`;

export const PREVIEW_IMPORT = `query PreviewLedgerImport($content: String!) {
  previewLedgerImport(contentBase64: $content) { ${RESULT} }
}`;
export const IMPORT_LEDGER = `mutation ImportLedger($content: String!) {
  importLedger(contentBase64: $content) { result { ${RESULT} } errors { field code message } }
}`;

export interface ImportRow {
  row: number;
  key: string;
  entity: 'ISSUE' | 'TASK';
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  changes: string[];
  ignored: string[];
}

export interface SheetError {
  row: number | null;
  column: string | null;
  header: string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  inspectionName: string;
  creates: number;
  updates: number;
  unchanged: number;
  rows: ImportRow[];
  errors: SheetError[];
}

export type PreviewAnswer = { previewLedgerImport: ImportResult };
export type ImportAnswer = {
  importLedger: { result: ImportResult | null; errors: { field: string; code: string; message: string }[] };
};

/** A payload error names its cell (“F12”); split it back into row and column for the error table. */
export function sheetErrorOf(error: { field: string; code: string; message: string }): SheetError {
  const match = /^([A-Z]+)(\d+)$/.exec(error.field);
  return {
    row: match ? Number(match[2]) : null,
    column: match ? match[1]! : null,
    header: null,
    code: error.code,
    message: error.message,
  };
}
