// Measures document import and the progress report on the demo ledger: parsing the seed (text and DOCX) and
// generating each report format. Prints medians of several runs and the file sizes; asserts nothing.
// Run from packages/demo: npx tsx scripts/measure-documents.ts
import { createTestDatabase } from '@rectify/db/testing';
import { systemActor } from '@rectify/domain';
import { parseFeedbackDocument, readLedgerDocument, renderReportDocx } from '@rectify/ledger-io';
import { readSeedDocument } from '@rectify/ledger-io/testing';
import { buildProgressReport, generateProgressReport } from '@rectify/services';
import { loadDemoLedger } from '../src/index.js';

const RUNS = 7;

async function median(run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const line = (what: string, ms: number, bytes?: number) =>
  console.log(
    `${what.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms${bytes == null ? '' : `  ${String(bytes).padStart(8)} bytes`}`,
  );

const seed = readSeedDocument();
const parsed = parseFeedbackDocument(seed);
line('parse the seed (text)', await median(() => parseFeedbackDocument(seed)), Buffer.byteLength(seed));

const t = await createTestDatabase();
try {
  await loadDemoLedger(t.db, { dates: 'historical' });
  const ctx = {
    db: t.db,
    actor: systemActor('OFFICE'),
    locale: 'zh' as const,
    now: () => new Date('2018-11-26T18:00:00+08:00'),
  };
  line(
    'build the report model from the demo ledger',
    await median(() => buildProgressReport(ctx, { inspectionId: 1 })),
  );
  for (const format of ['DOCX', 'MARKDOWN', 'HTML'] as const) {
    let bytes = 0;
    const ms = await median(async () => {
      const file = await generateProgressReport(ctx, { inspectionId: 1, format });
      bytes = typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
    });
    line(`generate the report as ${format} (model included)`, ms, bytes);
  }
  const docx = await renderReportDocx(await buildProgressReport(ctx, { inspectionId: 1 }));
  line(
    'read the DOCX report back (DOCX reader + parser)',
    await median(() => readLedgerDocument('r.docx', docx)),
    docx.byteLength,
  );
  const count = (issues: typeof parsed.issues): number =>
    issues.reduce((n, i) => n + 1 + count(i.children), 0);
  console.log(`seed: ${count(parsed.issues)} issues, ${parsed.warnings.length} warnings`);
} finally {
  await t.close();
}
