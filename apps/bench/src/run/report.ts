import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HeavyReadResult } from '../heavy/heavy-read-kinds.js';
import { HEAVY_READS } from '../heavy/heavy-read-kinds.js';
import type { LoadOptions, LoadResult } from '../measure/load-test.js';
import type { Machine } from '../measure/machine.js';
import type { WriteResult } from '../writes/write-bench.js';

export interface QueryComparison {
  query: 'Q1' | 'Q2';
  floor: LoadResult;
  rectify: LoadResult;
  /** Response sizes in bytes. */
  bytes: { floor: number; rectify: number };
}

export interface BenchReport {
  date: string;
  machine: Machine;
  options: LoadOptions;
  ledger: string;
  comparisons: QueryComparison[];
  /** Lifetime peak resident size (VmHWM) of each server process. */
  peakMb: { floor: number; rectify: number };
  /** The machine's load averages (1, 5, 15 minutes) when the run started and when it ended. */
  load: { before: number[]; after: number[] };
  writes: WriteResult[];
  heavy: HeavyReadResult[];
}

/** Issue 20's targets, each with whether this run met it. */
function verdicts(report: BenchReport): [string, boolean][] {
  const ratio = (c: QueryComparison) => c.rectify.requestsPerSecond / c.floor.requestsPerSecond;
  const cpu = (r: LoadResult) => r.serverCpuMs + r.databaseCpuMs;
  const out: [string, boolean][] = report.comparisons.flatMap((c): [string, boolean][] => [
    [`${c.query} throughput ≥ 0.9× the floor (${fmt(ratio(c), 2)}×)`, ratio(c) >= 0.9],
    [
      `${c.query} CPU per request ≥ 0.95× the floor's (${fmt(cpu(c.floor) / cpu(c.rectify), 2)}×)`,
      cpu(c.floor) / cpu(c.rectify) >= 0.95,
    ],
  ]);
  if (report.comparisons.length) {
    out.push(
      [
        `one SQL statement per request (${report.comparisons.map((c) => fmt(c.rectify.statementsPerRequest, 2)).join(', ')})`,
        report.comparisons.every((c) => c.rectify.statementsPerRequest <= 1.05),
      ],
      [`server peak RSS ≤ 250 MB (${fmt(report.peakMb.rectify, 0)} MB)`, report.peakMb.rectify <= 250],
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

const fmt = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

function rows(report: BenchReport): string[][] {
  const out: string[][] = [];
  for (const c of report.comparisons) {
    for (const [name, r] of [
      ['floor', c.floor],
      ['Rectify', c.rectify],
    ] as const) {
      out.push([
        c.query,
        name,
        fmt(r.requestsPerSecond, 0),
        fmt(r.p50Ms, 0),
        fmt(r.p99Ms, 0),
        fmt(r.peakRssMb, 0),
        fmt(r.statementsPerRequest, 2),
        `${fmt(r.serverCpuMs, 1)} + ${fmt(r.databaseCpuMs, 1)}`,
        String(r.errors),
        `${fmt((name === 'floor' ? c.bytes.floor : c.bytes.rectify) / 1024, 0)} KB`,
        name === 'floor' ? '1.00' : fmt(c.rectify.requestsPerSecond / c.floor.requestsPerSecond, 2),
      ]);
    }
  }
  return out;
}

const HEADER = [
  'query',
  'server',
  'req/s',
  'p50 ms',
  'p99 ms',
  'peak RSS MB',
  'SQL/req',
  'CPU ms/req (server + PostgreSQL)',
  'errors',
  'answer',
  '× floor',
];

/** Each write kind's floor and Rectify results. */
function writePairs(report: BenchReport): [WriteResult, WriteResult][] {
  return report.writes.flatMap((rectify) => {
    const floor = report.writes.find((w) => w.write === rectify.write && w.writer === 'floor');
    return rectify.writer === 'Rectify' && floor ? [[floor, rectify] as [WriteResult, WriteResult]] : [];
  });
}

const WRITE_HEADER = [
  'write',
  'writer',
  'clients',
  'writes',
  'writes/s',
  'p50 ms',
  'p99 ms',
  'errors',
  'lost',
  'duplicated',
  'without audit',
  'SQL/write',
  'rows/write',
  'CPU ms/write (server + PostgreSQL)',
  'waiting for the change-order lock',
  '× floor',
];

function writeRows(report: BenchReport): string[][] {
  return report.writes.map((w) => {
    const floor = report.writes.find((f) => f.write === w.write && f.writer === 'floor');
    return [
      w.write,
      w.writer,
      String(w.clients),
      String(w.writes),
      fmt(w.writesPerSecond, 0),
      fmt(w.p50Ms, 1),
      fmt(w.p99Ms, 1),
      String(w.errors),
      String(w.lost),
      String(w.duplicated),
      String(w.withoutAudit),
      fmt(w.statementsPerWrite, 1),
      fmt(w.rowsPerWrite, 2),
      `${fmt(w.serverCpuMs, 2)} + ${fmt(w.databaseCpuMs, 2)}`,
      fmt(w.lockWaiters, 1),
      floor ? fmt(w.writesPerSecond / floor.writesPerSecond, 2) : '—',
    ];
  });
}

const HEAVY_HEADER = [
  'heavy read (office)',
  'runs',
  'p50 ms',
  'max ms',
  'RSS at start MB',
  'peak RSS MB',
  'output',
];

function heavyRows(report: BenchReport): string[][] {
  return report.heavy.map((h) => {
    const sorted = [...h.runsMs].sort((a, b) => a - b);
    return [
      HEAVY_READS[h.what],
      String(sorted.length),
      fmt(sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN, 0),
      fmt(sorted.at(-1) ?? NaN, 0),
      fmt(h.startRssMb, 0),
      fmt(h.peakRssMb, 0),
      h.bytes == null ? '—' : `${fmt(h.bytes / 1024, 0)} KB`,
    ];
  });
}

const loadText = (load: number[]) => load.map((n) => n.toFixed(2)).join(' / ');

function printTable(header: string[], body: string[][]): void {
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log('');
  for (const row of table) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
}

export function printReport(report: BenchReport): void {
  console.log(
    `\nload average (1 / 5 / 15 min): ${loadText(report.load.before)} at the start, ${loadText(report.load.after)} at the end`,
  );
  if (report.writes.length) printTable(WRITE_HEADER, writeRows(report));
  if (report.heavy.length) printTable(HEAVY_HEADER, heavyRows(report));
  if (report.comparisons.length) printTable(HEADER, rows(report));
  console.log(
    `\nprocess peaks (VmHWM): Rectify ${fmt(report.peakMb.rectify, 0)} MB, floor ${fmt(report.peakMb.floor, 0)} MB`,
  );
  for (const [target, met] of verdicts(report)) console.log(`${met ? 'met    ' : 'MISSED '} ${target}`);
}

const INTRO = `# Performance

Results of \`pnpm bench\` (apps/bench): issue 8's comparison of Rectify's GraphQL API with the floor — the same
answers from one hand-written SQL statement each, served by a bare \`node:http\` server through the same pool —
on a fresh PostgreSQL database holding the 100× ledger.

## Runs

Appended by the benchmark itself.
`;

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
    `Load: autocannon, ${o.connections} connections, ${o.warmupSeconds} s warm-up, then ${o.seconds} s per row in ${o.rounds} slices taking turns with the other server. Ledger: ${report.ledger}.`,
    `Machine load average (1 / 5 / 15 min): ${loadText(report.load.before)} at the start, ${loadText(report.load.after)} at the end — other work shares the CPUs, so throughput is noisy.`,
    ...markdownTable(HEADER, rows(report)),
    ...markdownTable(WRITE_HEADER, writeRows(report)),
    ...markdownTable(HEAVY_HEADER, heavyRows(report)),
    '',
    `Process peaks (VmHWM): Rectify ${fmt(report.peakMb.rectify, 0)} MB, floor ${fmt(report.peakMb.floor, 0)} MB.`,
    '',
    ...verdicts(report).map(([target, met]) => `- ${met ? 'met' : '**missed**'}: ${target}`),
    '',
  ];
  appendFileSync(file, lines.join('\n'));
}
