import { deepStrictEqual } from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, queryRows } from '@rectify/db';
import { sql } from 'drizzle-orm';
import { q1Data, q2Data } from './answers.js';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, scaledCounts, seedScaleLedger } from '@rectify/scale-ledger';
import { measureHeavyReads } from './heavy/heavy-reads.js';
import { DatabaseCpu } from './measure/cpu-time.js';
import { compareUnderLoad, type LoadOptions } from './measure/load-test.js';
import { describeMachine } from './measure/machine.js';
import { procMemoryMb } from './measure/process-memory.js';
import { fetchJson, graphqlTarget, signIn } from './measure/rectify-client.js';
import { Q1, Q2 } from './queries.js';
import { createBenchDatabase, DEFAULT_ADMIN_URL } from './run/bench-database.js';
import {
  appendToPerformanceNotes,
  type BenchReport,
  printReport,
  type QueryComparison,
} from './run/report.js';
import { type ChildServer, startChildServer } from './servers/child-server.js';
import { measureWrites } from './writes/write-bench.js';

// `pnpm bench`: issues 8 and 20 on a fresh PostgreSQL database. BENCH_DATABASE_URL names the server's
// admin connection; BENCH_SECONDS (per server and query), BENCH_ROUNDS (alternating slices) and
// BENCH_WARMUP_SECONDS the length of the runs; BENCH_SEED the ledger and BENCH_FACTOR its size (100: the
// 100× ledger, 1000: province scale); BENCH_CPU_PROF_DIR, a folder for CPU profiles of both servers;
// BENCH_QUERIES, some of the queries only (Q1,Q2); BENCH_PARTS, some of the parts only (reads, writes,
// heavy); BENCH_WRITES, the writes per client (10 clients); BENCH_HEAVY_RUNS, the runs of each heavy read.

const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.resolve(here, '../../api');
const notesFile = path.resolve(here, '../../../docs/performance.md');
const options: LoadOptions = {
  connections: 10,
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 5),
  seconds: Number(process.env.BENCH_SECONDS ?? 15),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
};
const seed = Number(process.env.BENCH_SEED ?? 1);
const only = (process.env.BENCH_QUERIES ?? '').split(',').filter(Boolean);
const factor = Number(process.env.BENCH_FACTOR ?? 100);
const parts = new Set((process.env.BENCH_PARTS ?? 'reads,writes,heavy').split(','));
const loadBefore = os.loadavg();

const database = await createBenchDatabase(process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL);
const servers: ChildServer[] = [];
try {
  console.log(`database ${database.name}: generating and loading the ${factor}× ledger (seed ${seed})…`);
  const handle = await openDatabase({ url: database.url });
  const seeded = await seedScaleLedger(handle.db, { seed, counts: scaledCounts(factor / 100) });
  const [version] = await queryRows<{ v: string }>(
    handle.db,
    sql`select split_part(version(), ' (', 1) as v`,
  );
  const accounts = await queryRows<{ username: string; id: number }>(
    handle.db,
    sql`select username, id from users
      where username in (${BENCH_ACCOUNTS.unit.username}, ${BENCH_ACCOUNTS.office.username})`,
  );
  const accountId = (username: string) => accounts.find((a) => a.username === username)!.id;
  await handle.close();
  const unit = seeded.benchUnit!;
  console.log(
    `loaded ${JSON.stringify(seeded.counts)} in ${Math.round(seeded.timings!.loadMs)} ms; UNIT: ${unit.name} (${unit.overdue} overdue)`,
  );

  const env = { BENCH_DATABASE_URL: database.url, BENCH_JWT_SECRET: randomBytes(32).toString('hex') };
  const rectify = await startChildServer(path.join(here, 'servers/rectify-process.ts'), { cwd: apiDir, env });
  servers.push(rectify);
  const floor = await startChildServer(path.join(here, 'floor/floor-process.ts'), { cwd: here, env });
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
  ).filter((step) => only.length === 0 || only.includes(step.query));

  const comparisons: QueryComparison[] = [];
  const databaseCpu = await DatabaseCpu.connect(database.url);
  for (const step of parts.has('reads') ? plan : []) {
    const mine = await fetchJson(rectify.url, step.rectify);
    const theirs = await fetchJson(floor.url, step.floor);
    deepStrictEqual(
      step.data(mine.json),
      step.data(theirs.json),
      `${step.query}: Rectify and the floor disagree`,
    );
    console.log(`${step.query}: same data from both (${mine.bytes} and ${theirs.bytes} bytes); measuring…`);
    const [floorResult, rectifyResult] = await compareUnderLoad(
      [
        { server: floor, target: { method: 'GET', ...step.floor } },
        { server: rectify, target: step.rectify },
      ],
      options,
      databaseCpu,
    );
    comparisons.push({
      query: step.query,
      floor: floorResult!,
      rectify: rectifyResult!,
      bytes: { floor: theirs.bytes, rectify: mine.bytes },
    });
  }
  await databaseCpu.close();

  let writes: Awaited<ReturnType<typeof measureWrites>> = [];
  if (parts.has('writes')) {
    console.log('writes: reporting progress, then approving closures, from 10 clients, floor then Rectify…');
    writes = await measureWrites(database.url, rectify, {
      clients: 10,
      writesPerClient: Number(process.env.BENCH_WRITES ?? 100),
      unitId: unit.id,
      unitToken,
      unitUserId: accountId(BENCH_ACCOUNTS.unit.username),
      officeToken: office,
      officeUserId: accountId(BENCH_ACCOUNTS.office.username),
    });
  }
  const heavy = parts.has('heavy')
    ? (console.log('heavy reads…'), await measureHeavyReads(database.url))
    : [];

  const report: BenchReport = {
    date: `${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    machine: describeMachine(version!.v),
    options,
    ledger: `seed ${seed}, ${Object.entries(seeded.counts!)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ')}`,
    comparisons,
    peakMb: { rectify: procMemoryMb(rectify.pid, 'VmHWM'), floor: procMemoryMb(floor.pid, 'VmHWM') },
    load: { before: loadBefore, after: os.loadavg() },
    writes,
    heavy,
  };
  printReport(report);
  appendToPerformanceNotes(notesFile, report);
  console.log(`\nappended to ${path.relative(process.cwd(), notesFile)}`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await database.drop();
}
