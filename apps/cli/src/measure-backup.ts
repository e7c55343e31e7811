/**
 * Prints the size of a backup and how long writing and restoring it take, with the memory used meanwhile.
 * Numbers, not a test: `pnpm --filter @rectify/cli measure:backup [runs] [--scale]` — the demo ledger, or the
 * 100× benchmark ledger with --scale. Fresh databases (PGlite in memory, or PostgreSQL with DATABASE_URL);
 * files in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedScaleLedger } from '@rectify/scale-ledger';
import { createTestDatabase } from '@rectify/db/testing';
import { loadDemoLedger } from '@rectify/demo';
import { LocalFileStore, restoreBackup, writeBackup } from '@rectify/services';

const scale = process.argv.includes('--scale');
const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
const dir = mkdtempSync(path.join(tmpdir(), 'rectify-measure-backup-'));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Runs `run` `times` times; prints the median time and the most heap and RSS seen while it ran. */
async function timed(label: string, times: number, run: (i: number) => Promise<unknown>): Promise<void> {
  const ms: number[] = [];
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    heap = Math.max(heap, usage.heapUsed);
    rss = Math.max(rss, usage.rss);
  };
  // With --expose-gc the figures start from live memory only, not from the garbage of the seeding.
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage().heapUsed;
  const sampler = setInterval(sample, 20);
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run(i);
    ms.push(performance.now() - started);
    sample();
  }
  clearInterval(sampler);
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(36)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(6)} ms  ` +
      `(min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}, n=${times})  heap ${mib(start)} → ≤ ${mib(heap)}, RSS ≤ ${mib(rss)}`,
  );
}

const source = await createTestDatabase();
const target = await createTestDatabase();
try {
  const files = new LocalFileStore(path.join(dir, 'files'));
  if (scale) await seedScaleLedger(source.db, { seed: 1 });
  else await loadDemoLedger(source.db, { dates: 'historical', files });
  const file = (i: number) => path.join(dir, `backup-${i}.zip`);
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(`${scale ? 'the 100× ledger' : 'the demo ledger'} on ${engine}, ${runs} runs`);
  let summary: Awaited<ReturnType<typeof writeBackup>> | undefined;
  await timed('backup', runs, async (i) => {
    summary = await writeBackup(source.db, { file: file(i), files });
  });
  const { bytes, manifest } = summary!;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const json = manifest.tables.reduce((sum, t) => sum + t.bytes, 0);
  const fileBytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  console.log(
    `  ${bytes} bytes (${(bytes / 1024).toFixed(0)} KiB): ${manifest.tables.length} tables, ${rows} rows ` +
      `(${(json / 1024).toFixed(0)} KiB of JSON lines), ${manifest.files.length} files (${fileBytes} bytes)`,
  );
  const restored = new LocalFileStore(path.join(dir, 'restored'));
  await timed('restore into an empty database', 1, () =>
    restoreBackup(target.db, { file: file(0), files: restored }),
  );
  if (runs > 1)
    await timed('restore --force over the same data', runs - 1, () =>
      restoreBackup(target.db, { file: file(0), files: restored, force: true }),
    );
} finally {
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
}
