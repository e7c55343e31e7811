import { graphql, type ResultOf } from '../../graphql.js';
import { GeneratedFileFields } from '../../providers/files.js';

/** The lists the office keeps, as the API's LedgerSheetKind. */
export type SheetKind = 'PROBLEMS' | 'TASKS' | 'LEDGER';

export const EXPORT_LEDGER = graphql(
  `query ExportLedger($kind: LedgerSheetKind!, $inspectionId: Int) {
    exportLedger(kind: $kind, inspectionId: $inspectionId) { ...GeneratedFile }
  }`,
  [GeneratedFileFields],
);

const ImportResultFields = graphql(`
  fragment ImportResult on LedgerImportResult {
    inspectionName creates updates unchanged
    rows { row key entity action changes ignored }
    errors { row column header code message }
  }
`);
export type ImportResult = ResultOf<typeof ImportResultFields>;
export type ImportRow = ImportResult['rows'][number];
export type SheetError = ImportResult['errors'][number];

export const PREVIEW_IMPORT = graphql(
  `query PreviewLedgerImport($content: String!) { previewLedgerImport(contentBase64: $content) { ...ImportResult } }`,
  [ImportResultFields],
);
export const IMPORT_LEDGER = graphql(
  `mutation ImportLedger($content: String!) {
    importLedger(contentBase64: $content) { result { ...ImportResult } errors { field code message } }
  }`,
  [ImportResultFields],
);

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
