import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConsoleTimes, measureColdConsole } from './console/cold-console.js';
import { heavyReadsOf } from './heavy/heavy-read-kinds.js';
import type { LoadOptions } from './measure/load-test.js';
import { describeMachine } from './measure/machine.js';
import { createBenchDatabase, DEFAULT_ADMIN_URL } from './run/bench-database.js';
import { benchFactor, type FactorResult } from './run/factor-run.js';
import { type LedgerLoad, loadBenchLedger } from './run/ledger-load.js';
import { appendToPerformanceNotes, type BenchReport, printReport } from './run/report.js';

// `pnpm bench`: issues 8 and 20 on fresh PostgreSQL databases, one per factor. BENCH_DATABASE_URL names the
// server's admin connection; BENCH_SECONDS (per server and query), BENCH_ROUNDS (alternating slices) and
// BENCH_WARMUP_SECONDS the length of the runs; BENCH_SEED the ledger and BENCH_FACTORS its sizes (100,1000:
// the 100× ledger and province scale; BENCH_FACTOR, one size); BENCH_CPU_PROF_DIR, a folder for CPU
// profiles of both servers; BENCH_QUERIES, some of the queries only (Q1,Q2); BENCH_PARTS, some of the parts
// only (reads, writes, heavy, console); BENCH_WRITES, the writes per client (10 clients, on the first
// factor's ledger); BENCH_HEAVY, some of the heavy reads only (figures, weekly, excel, docx); BENCH_HEAVY_RUNS,
// the runs of each heavy read; BENCH_SEQUENTIAL, the requests sent one at a time for the sequential medians.

const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.resolve(here, '../../api');
const consoleDir = path.resolve(here, '../../console');
const notesFile = path.resolve(here, '../../../docs/performance.md');
const options: LoadOptions = {
  connections: 10,
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 5),
  seconds: Number(process.env.BENCH_SECONDS ?? 15),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
};
const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
const seed = Number(process.env.BENCH_SEED ?? 1);
const factors = (process.env.BENCH_FACTORS ?? process.env.BENCH_FACTOR ?? '100,1000').split(',').map(Number);
if (!factors.every((f) => f > 0)) throw new Error('BENCH_FACTORS: positive numbers, comma-separated');
const parts = new Set((process.env.BENCH_PARTS ?? 'reads,writes,heavy,console').split(','));
const heavyReads = parts.has('heavy') ? heavyReadsOf(process.env.BENCH_HEAVY) : [];
const loadBefore = os.loadavg();
const started = performance.now();

// The console first: it needs no ledger of ours, and a failure to build or open it should not wait for the rest.
let consoleTimes: ConsoleTimes | null = null;
if (parts.has('console')) {
  console.log('cold console: building it and opening it in Chromium (the demo ledger)…');
  consoleTimes = await measureColdConsole(consoleDir, adminUrl);
}

const ledgers: LedgerLoad[] = [];
const results: FactorResult[] = [];
for (const [i, factor] of factors.entries()) {
  const database = await createBenchDatabase(adminUrl, factor);
  try {
    console.log(`database ${database.name}: generating and loading the ${factor}× ledger (seed ${seed})…`);
    const ledger = await loadBenchLedger(database.url, factor, seed);
    ledgers.push(ledger);
    console.log(
      `${factor}×: ${JSON.stringify(ledger.counts)} generated in ${s(ledger.generateMs)}, loaded in ${s(ledger.loadMs)}, ` +
        `CPU ${s(ledger.cpuMs.node)} + ${s(ledger.cpuMs.postgres)} (Node + PostgreSQL), peak RSS ${Math.round(ledger.peakRssMb)} MB; UNIT: ${ledger.unit.name} (${ledger.unit.overdue} overdue)`,
    );
    results.push(
      await benchFactor(database, ledger, {
        srcDir: here,
        apiDir,
        options,
        queries: (process.env.BENCH_QUERIES ?? '').split(',').filter(Boolean),
        sequentialRuns: Number(process.env.BENCH_SEQUENTIAL ?? 50),
        reads: parts.has('reads'),
        writes:
          parts.has('writes') && i === 0
            ? { writesPerClient: Number(process.env.BENCH_WRITES ?? 100) }
            : null,
        heavy: heavyReads,
      }),
    );
  } finally {
    await database.drop();
  }
}

const report: BenchReport = {
  date: `${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  machine: describeMachine(ledgers[0]!.postgres),
  options,
  seed,
  ledgers,
  comparisons: results.flatMap((r) => r.comparisons),
  peakMb: results.map((r) => r.peakMb),
  load: { before: loadBefore, after: os.loadavg() },
  writes: results.flatMap((r) => r.writes),
  writesFactor: factors[0]!,
  heavy: results.flatMap((r) => r.heavy),
  console: consoleTimes,
};
// The raw figures, kept: the run is long, and the tables can be made again from them.
const rawFile = path.join(os.tmpdir(), `rectify-bench-${report.date.replace(/\D/g, '')}.json`);
writeFileSync(rawFile, JSON.stringify(report));
console.log(`\nraw figures: ${rawFile}`);
printReport(report);
appendToPerformanceNotes(notesFile, report);
console.log(
  `\nthe whole run took ${s(performance.now() - started)}; appended to ${path.relative(process.cwd(), notesFile)}`,
);

function s(ms: number): string {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
