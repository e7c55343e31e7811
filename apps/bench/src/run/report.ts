import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_MEASUREMENTS, type ConsoleTimes } from '../console/cold-console.js';
import type { HeavyReadResult } from '../heavy/heavy-read-kinds.js';
import { HEAVY_READS } from '../heavy/heavy-read-kinds.js';
import type { LoadOptions, LoadResult } from '../measure/load-test.js';
import type { Machine } from '../measure/machine.js';
import type { WriteResult } from '../writes/write-bench.js';
import type { LedgerLoad } from './ledger-load.js';

export interface QueryComparison {
  /** The ledger's factor (100×, 1000×), as for every measurement taken on a ledger. */
  factor: number;
  query: 'Q1' | 'Q2';
  floor: LoadResult;
  rectify: LoadResult;
  /** Response sizes in bytes. */
  bytes: { floor: number; rectify: number };
  /** Median latency of requests sent one at a time, without load. */
  sequentialMs: { floor: number; rectify: number };
}

export type FactorHeavyRead = HeavyReadResult & { factor: number };

export interface BenchReport {
  date: string;
  machine: Machine;
  options: LoadOptions;
  seed: number;
  /** Each factor's ledger, in the order measured: each in a database of its own, with servers of its own. */
  ledgers: LedgerLoad[];
  comparisons: QueryComparison[];
  /** Lifetime peak resident size (VmHWM) of each server process, by factor. */
  peakMb: { factor: number; floor: number; rectify: number }[];
  /** The machine's load averages (1, 5, 15 minutes) when the run started and when it ended. */
  load: { before: number[]; after: number[] };
  /** Measured on the first factor's ledger. */
  writes: WriteResult[];
  writesFactor: number;
  heavy: FactorHeavyRead[];
  console: ConsoleTimes | null;
}

/** Issue 20: the largest ledger loads in minutes, and reads at it are within 1.2× of the 100× medians. */
const LOAD_MINUTES = 10;
const GROWTH = 1.2;
const FIGURES_P50_MS = 100;

/** Issue 20's targets, each with whether this run met it. */
function verdicts(report: BenchReport): [string, boolean][] {
  const ratio = (c: QueryComparison) => c.rectify.requestsPerSecond / c.floor.requestsPerSecond;
  const cpu = (r: LoadResult) => r.serverCpuMs + r.databaseCpuMs;
  const out: [string, boolean][] = report.comparisons.flatMap((c): [string, boolean][] => [
    [`${c.query} at ${c.factor}× throughput ≥ 0.9× the floor (${fmt(ratio(c), 2)}×)`, ratio(c) >= 0.9],
    [
      `${c.query} at ${c.factor}× CPU per request ≥ 0.95× the floor's (${fmt(cpu(c.floor) / cpu(c.rectify), 2)}×)`,
      cpu(c.floor) / cpu(c.rectify) >= 0.95,
    ],
  ]);
  out.push(...scaleVerdicts(report));
  if (report.comparisons.length) {
    out.push(
      [
        `one SQL statement per request (${report.comparisons.map((c) => fmt(c.rectify.statementsPerRequest, 2)).join(', ')})`,
        report.comparisons.every((c) => c.rectify.statementsPerRequest <= 1.05),
      ],
      [
        `server peak RSS ≤ 250 MB (${report.peakMb.map((p) => `${fmt(p.rectify, 0)} MB at ${p.factor}×`).join(', ')})`,
        report.peakMb.every((p) => p.rectify <= 250),
      ],
      ['no errors', report.comparisons.every((c) => c.rectify.errors === 0 && c.floor.errors === 0)],
    );
  }
  for (const [floor, rectify] of writePairs(report)) {
    const r = rectify.writesPerSecond / floor.writesPerSecond;
    out.push([`${rectify.write}: writes ≥ 0.7× the floor (${fmt(r, 2)}×)`, r >= 0.7]);
  }
  if (report.writes.length) {
    out.push([
      'writes: no lost or duplicated write, every audit event present',
      report.writes.every((w) => w.lost + w.duplicated + w.withoutAudit + w.errors === 0),
    ]);
  }
  return out;
}

/** Province scale: the largest ledger's load time, and its read medians against the smallest's. */
function scaleVerdicts(report: BenchReport): [string, boolean][] {
  const out: [string, boolean][] = [];
  const largest = report.ledgers.reduce<LedgerLoad | undefined>(
    (top, l) => (top && top.factor >= l.factor ? top : l),
    undefined,
  );
  const smallest = report.ledgers.reduce<LedgerLoad | undefined>(
    (low, l) => (low && low.factor <= l.factor ? low : l),
    undefined,
  );
  if (!largest || !smallest || largest === smallest) return out;
  const minutes = (largest.generateMs + largest.loadMs) / 60_000;
  out.push([
    `the ${largest.factor}× ledger generated and loaded in ≤ ${LOAD_MINUTES} min (${fmt(minutes, 1)} min)`,
    minutes <= LOAD_MINUTES,
  ]);
  for (const query of ['Q1', 'Q2'] as const) {
    const at = (factor: number) => report.comparisons.find((c) => c.query === query && c.factor === factor);
    const [low, high] = [at(smallest.factor), at(largest.factor)];
    if (!low || !high) continue;
    for (const [how, of] of [
      ['sequential', (c: QueryComparison) => c.sequentialMs.rectify],
      [`under load (${report.options.connections} connections)`, (c: QueryComparison) => c.rectify.p50Ms],
    ] as const) {
      const growth = of(high) / of(low);
      out.push([
        `${query} median ${how} at ${largest.factor}× ≤ ${GROWTH}× the one at ${smallest.factor}× (${fmt(of(high), 1)} / ${fmt(of(low), 1)} ms = ${fmt(growth, 2)}×)`,
        growth <= GROWTH,
      ]);
    }
  }
  const figures = report.heavy.find((h) => h.what === 'figures' && h.factor === largest.factor);
  for (const [what, runs] of figures ? labelledRuns(figures) : []) {
    const p50 = median(runs);
    out.push([
      `${what}: p50 < ${FIGURES_P50_MS} ms at ${largest.factor}× (${ms(p50)} ms)`,
      p50 < FIGURES_P50_MS,
    ]);
  }
  return out;
}

/** A heavy read's runs, named: the figures' are first reads after a change, then the same from the cache. */
function labelledRuns(h: HeavyReadResult): [string, number[]][] {
  const name = HEAVY_READS[h.what];
  if (!h.warmRunsMs) return [[name, h.runsMs]];
  return [
    [`${name}, first read after a change (cold)`, h.runsMs],
    [`${name}, from the server’s cache (warm)`, h.warmRunsMs],
  ];
}

const fmt = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const ms = (n: number) => fmt(n, n < 10 ? 1 : 0);

/**
 * Every figure of the run in one table, one row each: the ledgers' loads, the reads against the floor, the
 * writes, the heavy reads and the cold console, each at the factor it was measured on.
 */
const HEADER = [
  'factor',
  'part',
  'measured',
  'runs',
  'p50 ms',
  'p99 / max ms',
  'per s',
  'peak RSS MB',
  '× floor',
  'details',
];

function rows(report: BenchReport): string[][] {
  const out: string[][] = [];
  for (const l of report.ledgers) {
    out.push([
      `${l.factor}×`,
      'ledger',
      'generate + load',
      '1',
      fmt(l.generateMs + l.loadMs, 0),
      '',
      '',
      fmt(l.peakRssMb, 0),
      '',
      `${l.counts.tasks} tasks, ${l.counts.progressReports} reports; generated ${fmt(l.generateMs / 1000, 1)} s, loaded ${fmt(l.loadMs / 1000, 1)} s; CPU ${fmt(l.cpuMs.node / 1000, 1)} s + ${fmt(l.cpuMs.postgres / 1000, 1)} s (Node + PostgreSQL)`,
    ]);
  }
  for (const c of report.comparisons) {
    for (const [name, r] of [
      ['floor', c.floor],
      ['Rectify', c.rectify],
    ] as const) {
      out.push([
        `${c.factor}×`,
        'read',
        `${c.query} ${name}`,
        String(r.requests),
        ms(r.p50Ms),
        ms(r.p99Ms),
        fmt(r.requestsPerSecond, 0),
        fmt(r.peakRssMb, 0),
        name === 'floor' ? '1.00' : fmt(c.rectify.requestsPerSecond / c.floor.requestsPerSecond, 2),
        `sequential p50 ${ms(name === 'floor' ? c.sequentialMs.floor : c.sequentialMs.rectify)} ms; ${fmt(r.statementsPerRequest, 2)} SQL/req; CPU ${fmt(r.serverCpuMs, 1)} + ${fmt(r.databaseCpuMs, 1)} ms/req (server + PostgreSQL); ${r.errors} errors; ${fmt((name === 'floor' ? c.bytes.floor : c.bytes.rectify) / 1024, 0)} KB`,
      ]);
    }
  }
  for (const w of report.writes) {
    const floor = report.writes.find((f) => f.write === w.write && f.writer === 'floor');
    out.push([
      `${report.writesFactor}×`,
      'write',
      `${w.write}, ${w.writer}`,
      String(w.writes),
      ms(w.p50Ms),
      ms(w.p99Ms),
      fmt(w.writesPerSecond, 0),
      '',
      floor ? fmt(w.writesPerSecond / floor.writesPerSecond, 2) : '—',
      `${w.clients} clients; ${w.errors} errors, ${w.lost} lost, ${w.duplicated} duplicated, ${w.withoutAudit} without audit; ${fmt(w.statementsPerWrite, 1)} SQL and ${fmt(w.rowsPerWrite, 2)} rows/write; CPU ${fmt(w.serverCpuMs, 2)} + ${fmt(w.databaseCpuMs, 2)} ms/write (server + PostgreSQL); ${fmt(w.lockWaiters, 1)} waiting for the change-order lock`,
    ]);
  }
  for (const h of report.heavy) {
    for (const [what, runs] of labelledRuns(h)) {
      out.push([
        `${h.factor}×`,
        'heavy read',
        what,
        String(runs.length),
        ms(median(runs)),
        ms(Math.max(...runs)),
        '',
        fmt(h.peakRssMb, 0),
        '',
        `RSS at start ${fmt(h.startRssMb, 0)} MB${h.bytes == null ? '' : `; ${fmt(h.bytes / 1024, 0)} KB`}`,
      ]);
    }
  }
  for (const [key, label] of Object.entries(CONSOLE_MEASUREMENTS)) {
    const times = report.console?.[key as keyof ConsoleTimes];
    if (!times?.length) continue;
    out.push([
      'demo',
      'console',
      label,
      String(times.length),
      ms(median(times)),
      ms(Math.max(...times)),
      '',
      '',
      '',
      `each: ${times.map((t) => fmt(t, 0)).join(', ')} ms`,
    ]);
  }
  return out;
}

/** Each write kind's floor and Rectify results. */
function writePairs(report: BenchReport): [WriteResult, WriteResult][] {
  return report.writes.flatMap((rectify) => {
    const floor = report.writes.find((w) => w.write === rectify.write && w.writer === 'floor');
    return rectify.writer === 'Rectify' && floor ? [[floor, rectify] as [WriteResult, WriteResult]] : [];
  });
}

const loadText = (load: number[]) => load.map((n) => n.toFixed(2)).join(' / ');
const peaksText = (report: BenchReport) =>
  report.peakMb
    .map((p) => `at ${p.factor}×, Rectify ${fmt(p.rectify, 0)} MB and floor ${fmt(p.floor, 0)} MB`)
    .join('; ');

function printTable(header: string[], body: string[][]): void {
  const table = [header, ...body];
  // The last column is free text: left-aligned, unpadded.
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const last = header.length - 1;
  console.log('');
  for (const row of table)
    console.log(row.map((cell, i) => (i === last ? cell : cell.padStart(widths[i]!))).join('  '));
}

export function printReport(report: BenchReport): void {
  console.log(
    `\nload average (1 / 5 / 15 min): ${loadText(report.load.before)} at the start, ${loadText(report.load.after)} at the end`,
  );
  printTable(HEADER, rows(report));
  console.log(`\nprocess peaks (VmHWM): ${peaksText(report)}`);
  for (const [target, met] of verdicts(report)) console.log(`${met ? 'met    ' : 'MISSED '} ${target}`);
}

const INTRO = `# Performance

Results of \`pnpm bench\` (apps/bench): issue 8's comparison of Rectify's GraphQL API with the floor — the same
answers from one hand-written SQL statement each, served by a bare \`node:http\` server through the same pool —
on fresh PostgreSQL databases holding the 100× and 1000× ledgers, and issue 20's writes, heavy reads and cold
console.

## Runs

Appended by the benchmark itself.
`;

const ledgerText = (l: LedgerLoad) =>
  `${l.factor}×: ${Object.entries(l.counts)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ')}`;

function markdownTable(header: string[], body: string[][]): string[] {
  if (body.length === 0) return [];
  return [
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** Appends the run to docs/performance.md (created with its introduction when missing). */
export function appendToPerformanceNotes(file: string, report: BenchReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, INTRO);
  const m = report.machine;
  const o = report.options;
  const lines = [
    '',
    `### ${report.date}`,
    '',
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB memory; Node ${m.node}; ${m.postgres}.`,
    `Load: autocannon, ${o.connections} connections, ${o.warmupSeconds} s warm-up, then ${o.seconds} s per row in ${o.rounds} slices taking turns with the other server. Ledgers (seed ${report.seed}), each in its own database: ${report.ledgers.map(ledgerText).join('; ')}. Writes on the ${report.writesFactor}× ledger; the cold console on the demo ledger.`,
    `Machine load average (1 / 5 / 15 min): ${loadText(report.load.before)} at the start, ${loadText(report.load.after)} at the end — other work shares the CPUs, so throughput is noisy.`,
    ...markdownTable(HEADER, rows(report)),
    '',
    `Process peaks (VmHWM): ${peaksText(report)}.`,
    '',
    ...verdicts(report).map(([target, met]) => `- ${met ? 'met' : '**missed**'}: ${target}`),
    '',
  ];
  appendFileSync(file, lines.join('\n'));
}
