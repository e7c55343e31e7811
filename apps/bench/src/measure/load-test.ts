import autocannon from 'autocannon';
import type { ServerStats } from '../servers/child-protocol.js';
import type { ChildServer } from '../servers/child-server.js';
import { type DatabaseCpu, processCpuMs } from './cpu-time.js';
import { sampleRss } from './process-memory.js';

interface Target {
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  /** Measured seconds per server and query, split into `rounds` slices that alternate between the servers. */
  seconds: number;
  rounds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Peak resident size of the server process during the measured runs. */
  peakRssMb: number;
  statementsPerRequest: number;
  /** CPU time per request: the server process's, and PostgreSQL's for the database. */
  serverCpuMs: number;
  databaseCpuMs: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
}

export interface Contender {
  server: ChildServer;
  target: Target;
}

/**
 * Loads each contender with the same query: a warm-up each, then `rounds` slices taking turns, so that a
 * change in the machine's background load falls on both alike. Latencies are pooled over the slices.
 */
export async function compareUnderLoad(
  contenders: Contender[],
  options: LoadOptions,
  database: DatabaseCpu,
): Promise<LoadResult[]> {
  for (const c of contenders) await slice(c, options.warmupSeconds, options.connections, database);
  const slices: Slice[][] = contenders.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, c] of contenders.entries()) {
      slices[i]!.push(await slice(c, options.seconds / options.rounds, options.connections, database));
    }
  }
  return Promise.all(
    contenders.map(async (c, i) => summarise(slices[i]!, await statementsPerRequest(c.server, c.target))),
  );
}

interface Slice {
  seconds: number;
  latencies: number[];
  /** Requests the server received, those abandoned at the end of the run included: its CPU went into them. */
  served: number;
  errors: number;
  peakRssMb: number;
  serverCpuMs: number;
  databaseCpuMs: number;
}

async function slice(
  c: Contender,
  seconds: number,
  connections: number,
  database: DatabaseCpu,
): Promise<Slice> {
  const latencies: number[] = [];
  const statsBefore = await c.server.stats();
  const dbBefore = await database.snapshot();
  const cpuBefore = processCpuMs(c.server.pid);
  const memory = sampleRss(c.server.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${c.server.url}${c.target.path}`,
        method: c.target.method,
        headers: c.target.headers,
        body: c.target.body,
        connections,
        duration: seconds,
        // A GraphQL error still answers 200, with `errors` first (graphql-js puts them before `data`):
        // such an answer counts as an error here. Only the start of the body is looked at.
        verifyBody: (body) => DATA.test(String(body)),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const peakRssMb = memory.stop();
  const statsAfter = await whenIdle(c.server);
  return {
    seconds,
    latencies,
    served: statsAfter.requests - statsBefore.requests,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    peakRssMb,
    serverCpuMs: processCpuMs(c.server.pid) - cpuBefore,
    databaseCpuMs: await database.since(dbBefore),
  };
}

function summarise(slices: Slice[], statements: number): LoadResult {
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const sum = (f: (s: Slice) => number) => slices.reduce((total, s) => total + f(s), 0);
  const requests = latencies.length;
  return {
    requestsPerSecond: requests / sum((s) => s.seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    peakRssMb: Math.max(...slices.map((s) => s.peakRssMb)),
    statementsPerRequest: statements,
    serverCpuMs: sum((s) => s.serverCpuMs) / sum((s) => s.served),
    databaseCpuMs: sum((s) => s.databaseCpuMs) / sum((s) => s.served),
    requests,
    errors: sum((s) => s.errors),
  };
}

const DATA = /^\{\s*"data"\s*:/;
const PROBES = 10;

/** Waits until requests abandoned at the end of a run have finished: their work belongs to the run. */
async function whenIdle(server: ChildServer): Promise<ServerStats> {
  let last = await server.stats();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await server.stats();
    if (now.statements === last.statements) return now;
    last = now;
  }
}

/**
 * SQL statements per request, counted by the server over requests sent one at a time (under load, requests
 * in flight at either end of the count would blur it).
 */
async function statementsPerRequest(server: ChildServer, target: Target): Promise<number> {
  const before = await server.stats();
  for (let i = 0; i < PROBES; i++) {
    const response = await fetch(`${server.url}${target.path}`, target);
    await response.arrayBuffer();
  }
  const after = await server.stats();
  return (after.statements - before.statements) / (after.requests - before.requests);
}
