import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../src/measure/load-test.js';
import type { LedgerLoad } from '../src/run/ledger-load.js';
import { appendToPerformanceNotes, type BenchReport, printReport } from '../src/run/report.js';

// Made-up figures: what is checked is where each lands, not what a machine measures.

const load = (p50Ms: number, requestsPerSecond: number): LoadResult => ({
  requestsPerSecond,
  p50Ms,
  p99Ms: p50Ms * 2,
  peakRssMb: 150,
  statementsPerRequest: 1,
  serverCpuMs: 2,
  databaseCpuMs: 3,
  requests: 1000,
  errors: 0,
});

const ledger = (factor: number, loadMs: number): LedgerLoad => ({
  factor,
  counts: {
    units: 2 * factor,
    leaders: 3 * factor,
    issues: 20 * factor,
    tasks: 200 * factor,
    progressReports: 2000 * factor,
  },
  generateMs: loadMs / 10,
  loadMs,
  peakRssMb: factor,
  cpuMs: { node: loadMs / 2, postgres: loadMs / 3 },
  unit: { id: 1, name: '东城区', overdue: 3 },
  unitUserId: 2,
  officeUserId: 2,
  postgres: 'PostgreSQL 15',
});

const report: BenchReport = {
  date: '2026-12-03 16:00 UTC',
  machine: { cpus: 2, cpuModel: 'cpu', memoryGb: 8, node: 'v20', postgres: 'PostgreSQL 15' },
  options: { connections: 10, warmupSeconds: 5, seconds: 15, rounds: 3 },
  seed: 1,
  ledgers: [ledger(100, 7_000), ledger(1000, 90_000)],
  comparisons: [
    {
      factor: 100,
      query: 'Q1',
      floor: load(20, 100),
      rectify: load(22, 95),
      bytes: { floor: 1, rectify: 1 },
    },
    {
      factor: 1000,
      query: 'Q1',
      floor: load(30, 70),
      rectify: load(33, 66),
      bytes: { floor: 1, rectify: 1 },
    },
  ].map((c) => ({
    ...c,
    query: c.query as 'Q1',
    sequentialMs: { floor: 10, rectify: c.factor === 100 ? 11 : 12 },
  })),
  peakMb: [
    { factor: 100, floor: 120, rectify: 200 },
    { factor: 1000, floor: 130, rectify: 240 },
  ],
  load: { before: [1, 1, 1], after: [2, 2, 2] },
  writes: [],
  writesFactor: 100,
  heavy: [
    { factor: 100, what: 'figures', runsMs: [40, 50, 60], startRssMb: 80, peakRssMb: 90, bytes: null },
    {
      factor: 1000,
      what: 'figures',
      runsMs: [120, 130, 140],
      warmRunsMs: [2, 3, 4],
      startRssMb: 80,
      peakRssMb: 95,
      bytes: null,
    },
  ],
  console: { openToLoginCold: [900, 800, 1000], openToLoginWarm: [], signInToLedger: [400], pageToPage: [] },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the bench report', () => {
  it('prints every figure in one table, each at its factor, and the 1000× medians against the 100× ones', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(...String(line).split('\n')));
    printReport(report);
    const table = lines.filter((l) => /^\s*(100|1000)×|^\s*demo/.test(l));
    expect(
      table.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 3),
      ),
    ).toEqual([
      ['100×', 'ledger', 'generate + load'],
      ['1000×', 'ledger', 'generate + load'],
      ['100×', 'read', 'Q1 floor'],
      ['100×', 'read', 'Q1 Rectify'],
      ['1000×', 'read', 'Q1 floor'],
      ['1000×', 'read', 'Q1 Rectify'],
      ['100×', 'heavy read', 'dashboard figures'],
      ['1000×', 'heavy read', 'dashboard figures, first read after a change (cold)'],
      ['1000×', 'heavy read', 'dashboard figures, from the server’s cache (warm)'],
      ['demo', 'console', 'open to login, cold'],
      ['demo', 'console', 'sign-in to ledger'],
    ]);
    expect(lines).toContain(
      'met     Q1 median sequential at 1000× ≤ 1.2× the one at 100× (12.0 / 11.0 ms = 1.09×)',
    );
    expect(lines).toContain(
      'MISSED  Q1 median under load (10 connections) at 1000× ≤ 1.2× the one at 100× (33.0 / 22.0 ms = 1.50×)',
    );
    expect(lines).toContain('met     the 1000× ledger generated and loaded in ≤ 10 min (1.6 min)');
    expect(lines).toContain(
      'MISSED  dashboard figures, first read after a change (cold): p50 < 100 ms at 1000× (130 ms)',
    );
    expect(lines).toContain(
      'met     dashboard figures, from the server’s cache (warm): p50 < 100 ms at 1000× (3.0 ms)',
    );
  });

  it('appends the same table to the notes, with the machine load', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rectify-report-'));
    try {
      const file = path.join(dir, 'performance.md');
      appendToPerformanceNotes(file, report);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/Machine load average \(1 \/ 5 \/ 15 min\): 1\.00 \/ 1\.00 \/ 1\.00 at the start/);
      expect(text).toMatch(/^\| factor \| part \| measured \|/m);
      expect(text).toMatch(/^\| 1000× \| read \| Q1 Rectify \| 1000 \| 33 \| 66 \| 66 \|/m);
      expect(text).toMatch(/^\| demo \| console \| open to login, cold \| 3 \| 900 \| 1000 \|/m);
      expect(text).toMatch(
        /^- \*\*missed\*\*: dashboard figures, first read after a change \(cold\): p50 < 100 ms at 1000× \(130 ms\)$/m,
      );
      expect(text).toMatch(
        /^\| 1000× \| heavy read \| dashboard figures, from the server’s cache \(warm\) \| 3 \| 3\.0 \| 4\.0 \|/m,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
