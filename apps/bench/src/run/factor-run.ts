import { deepStrictEqual } from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from '@rectify/scale-ledger';
import { q1Data, q2Data } from '../answers.js';
import type { HeavyRead } from '../heavy/heavy-read-kinds.js';
import { measureHeavyReads } from '../heavy/heavy-reads.js';
import { DatabaseCpu } from '../measure/cpu-time.js';
import { compareUnderLoad, type LoadOptions } from '../measure/load-test.js';
import { procMemoryMb } from '../measure/process-memory.js';
import { fetchJson, graphqlTarget, signIn } from '../measure/rectify-client.js';
import { sequentialMedianMs } from '../measure/sequential.js';
import { Q1, Q2 } from '../queries.js';
import { type ChildServer, startChildServer } from '../servers/child-server.js';
import { measureWrites, type WriteResult } from '../writes/write-bench.js';
import type { BenchDatabase } from './bench-database.js';
import type { LedgerLoad } from './ledger-load.js';
import type { FactorHeavyRead, QueryComparison } from './report.js';

export interface FactorSettings {
  srcDir: string;
  apiDir: string;
  options: LoadOptions;
  /** Some of the queries only (Q1, Q2); all when empty. */
  queries: string[];
  /** Requests sent one at a time to each server, for the sequential medians. */
  sequentialRuns: number;
  reads: boolean;
  writes: { writesPerClient: number } | null;
  /** The heavy reads to measure (none: the part is off). */
  heavy: HeavyRead[];
}

export interface FactorResult {
  comparisons: QueryComparison[];
  writes: WriteResult[];
  heavy: FactorHeavyRead[];
  peakMb: { factor: number; floor: number; rectify: number };
}

/** The reads against the floor, the writes if asked and the heavy reads, on one loaded ledger's database. */
export async function benchFactor(
  database: BenchDatabase,
  ledger: LedgerLoad,
  settings: FactorSettings,
): Promise<FactorResult> {
  const { factor, unit } = ledger;
  const env = { BENCH_DATABASE_URL: database.url, BENCH_JWT_SECRET: randomBytes(32).toString('hex') };
  const servers: ChildServer[] = [];
  try {
    const rectify = await startChildServer(path.join(settings.srcDir, 'servers/rectify-process.ts'), {
      cwd: settings.apiDir,
      env,
    });
    servers.push(rectify);
    const floor = await startChildServer(path.join(settings.srcDir, 'floor/floor-process.ts'), {
      cwd: settings.srcDir,
      env,
    });
    servers.push(floor);

    const office = await signIn(rectify.url, BENCH_ACCOUNTS.office.username, BENCH_PASSWORD);
    const unitToken = await signIn(rectify.url, BENCH_ACCOUNTS.unit.username, BENCH_PASSWORD);
    const plan = (
      [
        { query: 'Q1', rectify: graphqlTarget(Q1, office), floor: { path: '/q1' }, data: q1Data },
        {
          query: 'Q2',
          rectify: graphqlTarget(Q2, unitToken),
          floor: { path: `/q2?unit=${unit.id}` },
          data: q2Data,
        },
      ] as const
    ).filter((step) => settings.queries.length === 0 || settings.queries.includes(step.query));

    const comparisons: QueryComparison[] = [];
    const databaseCpu = await DatabaseCpu.connect(database.url);
    for (const step of settings.reads ? plan : []) {
      const mine = await fetchJson(rectify.url, step.rectify);
      const theirs = await fetchJson(floor.url, step.floor);
      deepStrictEqual(
        step.data(mine.json),
        step.data(theirs.json),
        `${step.query} at ${factor}×: Rectify and the floor disagree`,
      );
      console.log(
        `${step.query} at ${factor}×: same data from both (${mine.bytes} and ${theirs.bytes} bytes); measuring…`,
      );
      const [floorResult, rectifyResult] = await compareUnderLoad(
        [
          { server: floor, target: { method: 'GET', ...step.floor } },
          { server: rectify, target: step.rectify },
        ],
        settings.options,
        databaseCpu,
      );
      const measured: QueryComparison = {
        factor,
        query: step.query,
        floor: floorResult!,
        rectify: rectifyResult!,
        bytes: { floor: theirs.bytes, rectify: mine.bytes },
        sequentialMs: {
          floor: await sequentialMedianMs(floor.url, step.floor, settings.sequentialRuns),
          rectify: await sequentialMedianMs(rectify.url, step.rectify, settings.sequentialRuns),
        },
      };
      comparisons.push(measured);
      const { floor: f, rectify: r, sequentialMs: seq } = measured;
      console.log(
        `${step.query} at ${factor}×: Rectify ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(1)} ms, sequential ${seq.rectify.toFixed(1)} ms; floor ${f.requestsPerSecond.toFixed(0)} req/s, p50 ${f.p50Ms.toFixed(1)} ms, sequential ${seq.floor.toFixed(1)} ms`,
      );
    }
    await databaseCpu.close();

    let writes: WriteResult[] = [];
    if (settings.writes) {
      console.log(
        `writes at ${factor}×: reporting progress, then approving closures, from 10 clients, floor then Rectify…`,
      );
      writes = await measureWrites(database.url, rectify, {
        clients: 10,
        writesPerClient: settings.writes.writesPerClient,
        unitId: unit.id,
        unitToken,
        unitUserId: ledger.unitUserId,
        officeToken: office,
        officeUserId: ledger.officeUserId,
      });
    }
    const peakMb = {
      factor,
      rectify: procMemoryMb(rectify.pid, 'VmHWM'),
      floor: procMemoryMb(floor.pid, 'VmHWM'),
    };
    // The heavy reads run in processes of their own: the servers need not share the CPUs with them.
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    let heavy: FactorHeavyRead[] = [];
    if (settings.heavy.length) {
      console.log(`heavy reads at ${factor}×…`);
      heavy = (await measureHeavyReads(database.url, settings.heavy)).map((h) => ({ ...h, factor }));
    }
    return { comparisons, writes, heavy, peakMb };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
