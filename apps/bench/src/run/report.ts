import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadOptions, LoadResult } from '../measure/load-test.js';
import type { Machine } from '../measure/machine.js';

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
}

/** Issue 8's targets, each with whether this run met it. */
function verdicts(report: BenchReport): [string, boolean][] {
  const ratio = (c: QueryComparison) => c.rectify.requestsPerSecond / c.floor.requestsPerSecond;
  const cpu = (r: LoadResult) => r.serverCpuMs + r.databaseCpuMs;
  return [
    ...report.comparisons.map((c): [string, boolean] => [
      `${c.query} throughput ≥ 0.7× the floor (${fmt(ratio(c), 2)}×; by CPU per request ${fmt(cpu(c.floor) / cpu(c.rectify), 2)}×)`,
      ratio(c) >= 0.7,
    ]),
    [
      `SQL statements per request ≤ 2 (${report.comparisons.map((c) => fmt(c.rectify.statementsPerRequest, 2)).join(', ')})`,
      report.comparisons.every((c) => c.rectify.statementsPerRequest <= 2),
    ],
    [`server peak RSS ≤ 250 MB (${fmt(report.peakMb.rectify, 0)} MB)`, report.peakMb.rectify <= 250],
    ['no errors', report.comparisons.every((c) => c.rectify.errors === 0 && c.floor.errors === 0)],
  ];
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

export function printReport(report: BenchReport): void {
  const table = [HEADER, ...rows(report)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log('');
  for (const row of table) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
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
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...rows(report).map((row) => `| ${row.join(' | ')} |`),
    '',
    `Process peaks (VmHWM): Rectify ${fmt(report.peakMb.rectify, 0)} MB, floor ${fmt(report.peakMb.floor, 0)} MB.`,
    '',
    ...verdicts(report).map(([target, met]) => `- ${met ? 'met' : '**missed**'}: ${target}`),
    '',
  ];
  appendFileSync(file, lines.join('\n'));
}
