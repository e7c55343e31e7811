import { readFileSync } from 'node:fs';
import {
  ImportAction,
  type ImportSummary,
  importLedgerWorkbook,
  previewLedgerImport,
} from '@rectify/services';
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
    const preview = await previewLedgerImport(ctx, { content, inspectionId });
    if (preview.errors.length > 0) {
      console.error(`${preview.errors.length} 处错误,未导入 / errors, nothing imported:`);
      for (const error of preview.errors) {
        const message = describeSheetError(error);
        console.error(`  ${message.zh} / ${message.en}`);
      }
      process.exitCode = 1;
      return;
    }
    if (dryRun) return print(preview, performance.now() - started, false);
    const result = await importLedgerWorkbook(ctx, { content, inspectionId });
    print(result, performance.now() - started, true);
  },
};
