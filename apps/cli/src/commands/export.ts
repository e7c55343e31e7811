import { writeFileSync } from 'node:fs';
import { exportLedgerWorkbook, LedgerSheetKind } from '@rectify/services';
import { callerPath } from './caller-path.js';
import type { Command } from './command.js';
import { officeContext, parseSpreadsheetArgs } from './spreadsheet-args.js';

const USAGE = 'export problems|tasks|ledger [file.xlsx] [--inspection ID]';

/** 导出: the problem list, the task list or the ledger as .xlsx in the office's layout. */
export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  summary: 'write 问题清单 / 任务清单 / 整改台账 as .xlsx',
  async run(db, args) {
    const { positional, inspectionId } = parseSpreadsheetArgs(args);
    const kind = positional[0]?.toUpperCase();
    if (!LedgerSheetKind.is(kind)) throw new Error(`usage: pnpm cli ${USAGE}`);
    const started = performance.now();
    const file = await exportLedgerWorkbook(officeContext(db), { kind, inspectionId });
    const ms = performance.now() - started;
    const target = callerPath(positional[1] ?? file.filename);
    writeFileSync(target, file.content);
    console.log(
      `${LedgerSheetKind.label(kind)} / ${LedgerSheetKind.label(kind, 'en')}: ${file.rowCount} rows, ` +
        `${file.content.byteLength} bytes, ${ms.toFixed(0)} ms → ${target}`,
    );
  },
};
