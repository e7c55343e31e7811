import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { openDatabase, queryRows } from '@rectify/db';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, seedScaleLedger } from '@rectify/scale-ledger';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { DatabaseCpu, processCpuMs } from './measure/cpu-time.js';
import { describeMachine } from './measure/machine.js';
import { graphqlTarget, signIn } from './measure/rectify-client.js';
import { Q1, Q2 } from './queries.js';
import { createBenchDatabase, DEFAULT_ADMIN_URL } from './run/bench-database.js';
import { type ChildServer, startChildServer } from './servers/child-server.js';

// `pnpm --filter @rectify/bench bench:scale-out`: Q1 and Q2 throughput with one API process, then with two
// on the same PostgreSQL database, the load's connections split evenly between them (what a round-robin
// balancer does, without a balancer's own CPU on this machine). It prints where the CPU went — the API
// processes, PostgreSQL, the load generator — because on a small machine that, not the API, is the bound.
// BENCH_DATABASE_URL, BENCH_SECONDS (per run, default 15), BENCH_SEED as for `pnpm bench`.

const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.resolve(here, '../../api');
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 10;

interface Run {
  servers: number;
  query: string;
  requestsPerSecond: number;
  p50Ms: number;
  errors: number;
  /** CPU seconds per wall second (1.0 = one core busy): API processes, PostgreSQL, the load generator. */
  cpu: { api: number; postgres: number; client: number };
}

/** One timed run: each server gets its share of the connections, all at once. */
async function load(
  servers: ChildServer[],
  target: ReturnType<typeof graphqlTarget>,
  database: DatabaseCpu,
): Promise<Omit<Run, 'servers' | 'query'>> {
  const apiBefore = servers.map((s) => processCpuMs(s.pid));
  const dbBefore = await database.snapshot();
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const results = await Promise.all(
    servers.map(
      (server) =>
        new Promise<autocannon.Result>((resolve, reject) =>
          autocannon(
            {
              url: `${server.url}${target.path}`,
              ...target,
              connections: CONNECTIONS / servers.length,
              duration: seconds,
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          ),
        ),
    ),
  );
  const wallMs = performance.now() - started;
  const client = process.cpuUsage(clientBefore);
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    requestsPerSecond: requests / (wallMs / 1000),
    // The median of the runs' medians, weighted by their requests: the runs are alike by construction.
    p50Ms: results.reduce((sum, r) => sum + r.latency.p50 * r.requests.total, 0) / Math.max(requests, 1),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
    cpu: {
      api: servers.reduce((sum, s, i) => sum + processCpuMs(s.pid) - apiBefore[i]!, 0) / wallMs,
      postgres: (await database.since(dbBefore)) / wallMs,
      client: (client.user + client.system) / 1000 / wallMs,
    },
  };
}

const database = await createBenchDatabase(process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL, 100);
const servers: ChildServer[] = [];
try {
  const handle = await openDatabase({ url: database.url });
  console.log(`database ${database.name}: loading the 100× ledger…`);
  const seeded = await seedScaleLedger(handle.db, { seed: Number(process.env.BENCH_SEED ?? 1) });
  const [version] = await queryRows<{ v: string }>(
    handle.db,
    sql`select split_part(version(), ' (', 1) as v`,
  );
  await handle.close();
  const env = { BENCH_DATABASE_URL: database.url, BENCH_JWT_SECRET: randomBytes(32).toString('hex') };
  for (let i = 0; i < 2; i++)
    servers.push(await startChildServer(path.join(here, 'servers/rectify-process.ts'), { cwd: apiDir, env }));
  const office = await signIn(servers[0]!.url, BENCH_ACCOUNTS.office.username, BENCH_PASSWORD);
  const unit = await signIn(servers[0]!.url, BENCH_ACCOUNTS.unit.username, BENCH_PASSWORD);
  const targets = { Q1: graphqlTarget(Q1, office), Q2: graphqlTarget(Q2, unit) };
  const cpu = await DatabaseCpu.connect(database.url);
  const runs: Run[] = [];
  for (const [query, target] of Object.entries(targets)) {
    for (const count of [1, 2]) {
      const using = servers.slice(0, count);
      await load(using, { ...target }, cpu); // warm-up, as long as a run
      runs.push({ servers: count, query, ...(await load(using, target, cpu)) });
    }
  }
  await cpu.close();

  const machine = describeMachine(version!.v);
  const load1 = os.loadavg()[0]!.toFixed(1);
  console.log(
    `\n${machine.cpus} × ${machine.cpuModel}, ${machine.postgres}, load ${load1}; ${JSON.stringify(seeded.counts)}`,
  );
  console.log(`${CONNECTIONS} connections, ${seconds} s per run\n`);
  console.log(
    '| query | API processes | req/s | p50 ms | errors | CPU cores: API | PostgreSQL | load generator | total |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of runs) {
    const total = r.cpu.api + r.cpu.postgres + r.cpu.client;
    console.log(
      `| ${r.query} | ${r.servers} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ${r.errors} | ` +
        `${r.cpu.api.toFixed(2)} | ${r.cpu.postgres.toFixed(2)} | ${r.cpu.client.toFixed(2)} | ${total.toFixed(2)} |`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await database.drop();
}
