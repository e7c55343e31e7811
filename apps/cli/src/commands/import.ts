import { readFileSync } from 'node:fs';
import {
  ImportAction,
  type ImportSummary,
  importLedgerWorkbook,
  previewLedgerImport,
  ServiceError,
} from '@rectify/services';
import type { Label } from '@rectify/domain';
import { describeSheetError } from '@rectify/ledger-io';
import { callerPath } from './caller-path.js';
import type { Command } from './command.js';
import { officeContext, parseSpreadsheetArgs } from './spreadsheet-args.js';

const USAGE = 'import file.xlsx [--dry-run] [--inspection ID]';

function print(summary: ImportSummary, ms: number, applied: boolean) {
  console.log(
    `${summary.inspection.name}: ${applied ? '已导入 imported' : '预览 preview'} (${ms.toFixed(0)} ms)`,
  );
  for (const action of ImportAction.values) {
    const n = summary.rows.filter((r) => r.action === action).length;
    console.log(
      `${String(n).padStart(7)}  ${ImportAction.label(action)} / ${ImportAction.label(action, 'en')}`,
    );
  }
  for (const r of summary.rows.filter((row) => row.action !== 'UNCHANGED')) {
    const ignored = r.ignored.length ? `; 不导入 ignored: ${r.ignored.join(', ')}` : '';
    console.log(`  row ${r.row} ${r.key}: ${ImportAction.label(r.action)} ${r.changes.join(', ')}${ignored}`);
  }
}

function refuse(messages: Label[]) {
  console.error(`${messages.length} 处错误,未导入 / errors, nothing imported:`);
  for (const message of messages) console.error(`  ${message.zh} / ${message.en}`);
  process.exitCode = 1;
}

/**
 * 导入: reads a workbook in the office's layout. `--dry-run` prints what it would do and every error; without
 * it, the rows are written in one transaction, or — when any row has an error — nothing is.
 */
export const importCommand: Command = {
  name: 'import',
  usage: USAGE,
  summary: 'read a ledger .xlsx (every row or none); --dry-run previews',
  async run(db, args) {
    const { positional, inspectionId, dryRun } = parseSpreadsheetArgs(args);
    if (!positional[0]) throw new Error(`usage: pnpm cli ${USAGE}`);
    const content = new Uint8Array(readFileSync(callerPath(positional[0])));
    const ctx = officeContext(db);
    const started = performance.now();
    if (dryRun) {
      const preview = await previewLedgerImport(ctx, { content, inspectionId });
      if (preview.errors.length > 0) return refuse(preview.errors.map(describeSheetError));
      return print(preview, performance.now() - started, false);
    }
    // The preview is the import rolled back, so importing straight away checks exactly what it checks.
    try {
      print(await importLedgerWorkbook(ctx, { content, inspectionId }), performance.now() - started, true);
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code !== 'VALIDATION') throw error;
      refuse(error.fieldErrors.map((e) => e.message));
    }
  },
};
