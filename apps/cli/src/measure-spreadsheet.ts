/**
 * Prints how long exporting and importing the demo ledger (57 issues, 183 tasks) takes, and the file sizes.
 * Numbers, not a test: `pnpm --filter @rectify/cli measure:spreadsheet [runs]`. Each database is fresh
 * (PGlite in memory, or PostgreSQL with DATABASE_URL).
 */
import { isDeepStrictEqual } from 'node:util';
import { createTestDatabase, makeInspection } from '@rectify/db/testing';
import { readLedgerWorkbook } from '@rectify/ledger-io';
import { inspections, leaders, units } from '@rectify/db';
import { loadDemoLedger } from '@rectify/demo';
import {
  exportLedgerWorkbook,
  importLedgerWorkbook,
  LedgerSheetKind,
  previewLedgerImport,
} from '@rectify/services';
import { officeContext } from './commands/spreadsheet-args.js';

const runs = Number(process.argv[2] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed<T>(label: string, times: number, run: () => Promise<T>): Promise<T> {
  const ms: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    result = await run();
    ms.push(performance.now() - started);
  }
  console.log(
    `${label.padEnd(44)} median ${median(ms).toFixed(0).padStart(5)} ms  (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}, n=${times})`,
  );
  return result!;
}

const source = await createTestDatabase();
await loadDemoLedger(source.db, { dates: 'historical' });
const office = officeContext(source.db);
console.log(`demo ledger, ${runs} runs each`);
let ledger: Uint8Array = new Uint8Array();
for (const kind of LedgerSheetKind.values) {
  const file = await timed(`export ${LedgerSheetKind.label(kind)} (${kind})`, runs, () =>
    exportLedgerWorkbook(office, { kind }),
  );
  console.log(`${''.padEnd(44)} ${file.rowCount} rows, ${(file.content.byteLength / 1024).toFixed(1)} KiB`);
  if (kind === 'LEDGER') ledger = file.content;
}
await timed('preview re-import of the ledger (nothing written)', runs, () =>
  previewLedgerImport(office, { content: ledger }),
);
await timed('re-import of the ledger (all unchanged)', runs, () =>
  importLedgerWorkbook(office, { content: ledger }),
);

// Into an empty ledger with the same master data: every issue and task is created, in one transaction.
const target = await createTestDatabase();
await target.db
  .insert(units)
  .values(await source.db.select({ name: units.name, kind: units.kind }).from(units));
await target.db
  .insert(leaders)
  .values(await source.db.select({ name: leaders.name, post: leaders.post }).from(leaders));
const [inspection] = await source.db.select().from(inspections);
const empty = await makeInspection(target.db, { name: inspection!.name });
// The preview runs the same writes and rolls them back, so it costs what the import costs.
await timed('preview into an empty ledger (rolled back)', 1, () =>
  previewLedgerImport(officeContext(target.db), { content: ledger, inspectionId: empty.id }),
);
const result = await timed('import into an empty ledger (all created)', 1, () =>
  importLedgerWorkbook(officeContext(target.db), { content: ledger, inspectionId: empty.id }),
);
console.log(`${''.padEnd(44)} ${result.creates} records created`);
// The round trip: the copy, exported again, reads back the same as the original (progress is not carried).
const copy = await exportLedgerWorkbook(officeContext(target.db), { kind: 'LEDGER', inspectionId: empty.id });
const same = isDeepStrictEqual(
  (await readLedgerWorkbook(copy.content)).rows,
  (await readLedgerWorkbook(ledger)).rows,
);
console.log(`round trip export → import → export: ${same ? 'the same ledger' : 'DIFFERENT'}`);
await source.close();
await target.close();
