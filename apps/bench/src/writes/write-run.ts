import type pg from 'pg';
import { type DatabaseCpu, processCpuMs } from '../measure/cpu-time.js';
import type { ChildServer } from '../servers/child-server.js';

// One writer's run in the write benchmark: `clients` loops sending their writes one after another, timed,
// with the CPU it cost the server and PostgreSQL and the rows it inserted, then checked in the database.

type WriteKind = 'report progress' | 'approve closure';

export interface WriteResult {
  write: WriteKind;
  writer: 'floor' | 'Rectify';
  clients: number;
  writes: number;
  writesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Answered writes absent from the database, and writes stored more than once. */
  lost: number;
  duplicated: number;
  /** Writes without every audit event they owe. */
  withoutAudit: number;
  /** SQL statements per write, counted by the server (the floor's are written by hand). */
  statementsPerWrite: number;
  /** CPU ms per write of the server process (the floor runs in the benchmark's own process) and PostgreSQL. */
  serverCpuMs: number;
  databaseCpuMs: number;
  /** Rows inserted per write, over every table: the same for both writers when the floor is honest. */
  rowsPerWrite: number;
  /** Writers waiting for the change-order lock, on average over the run (sampled every 20 ms). */
  lockWaiters: number;
}

/** What a write kind's check finds in the database for a run's markers. */
export interface Stored {
  /** Marker → how many times it is stored, and how many of those have all their audit events. */
  copies: Map<string, { copies: number; audited: number }>;
}

export interface Writer {
  name: WriteResult['writer'];
  /** The process that serves the writes: its CPU is counted (the Rectify child, or this process). */
  server: ChildServer | null;
  /** Sends write number `n`, labelled with `marker`; throws when it is refused. */
  write(n: number, marker: string): Promise<void>;
}

export interface RunPlan {
  write: WriteKind;
  clients: number;
  writesPerClient: number;
  /** Statements per write of the floor, counted by hand. */
  floorStatements: number;
  check(markers: string): Promise<Stored>;
}

export async function runWriter(
  admin: pg.Client,
  database: DatabaseCpu,
  plan: RunPlan,
  writer: Writer,
  runId: string,
): Promise<WriteResult> {
  const prefix = `bench-${runId}-`;
  const latencies: number[] = [];
  const answered = new Set<string>();
  let errors = 0;
  const idsBefore = await lastIds(admin);
  const stats = await writer.server?.stats();
  const dbBefore = await database.snapshot();
  const cpuBefore = writer.server ? processCpuMs(writer.server.pid) : process.cpuUsage();
  const lockWaits = sampleLockWaits(admin);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: plan.clients }, async (_, client) => {
      for (let i = 0; i < plan.writesPerClient; i++) {
        const n = client * plan.writesPerClient + i;
        const marker = `${prefix}${client}-${i}`;
        const at = performance.now();
        try {
          await writer.write(n, marker);
          answered.add(marker);
          latencies.push(performance.now() - at);
        } catch (error) {
          if (errors++ === 0) console.error(`${plan.write}, ${writer.name}:`, error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const lockWaiters = await lockWaits.stop();
  const serverCpuMs =
    typeof cpuBefore === 'number'
      ? processCpuMs(writer.server!.pid) - cpuBefore
      : (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuBefore));
  const databaseCpuMs = await database.since(dbBefore);
  const statements = writer.server
    ? ((await writer.server.stats()).statements - stats!.statements) / answered.size
    : plan.floorStatements;
  const rows = await rowsSince(admin, idsBefore);
  const stored = await plan.check(`${prefix}%`);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const copies = [...stored.copies.values()];
  return {
    write: plan.write,
    writer: writer.name,
    clients: plan.clients,
    writes: answered.size,
    writesPerSecond: answered.size / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
    lost: [...answered].filter((m) => !stored.copies.has(m)).length,
    duplicated: copies.filter((c) => c.copies > 1).length,
    withoutAudit: copies.filter((c) => c.audited < c.copies).length,
    statementsPerWrite: statements,
    serverCpuMs: serverCpuMs / answered.size,
    databaseCpuMs: databaseCpuMs / answered.size,
    rowsPerWrite: rows / answered.size,
    lockWaiters,
  };
}

/**
 * Samples how many backends of the database wait for an advisory lock (the change-order lock is the only one
 * the writes take) until `stop`, which answers the average: how much the lock serialises the writers.
 */
function sampleLockWaits(admin: pg.Client): { stop(): Promise<number> } {
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await admin.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
      );
      samples.push(rows[0]!.n);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
    },
  };
}

/** The largest id of every table keyed by an `id` column. */
async function lastIds(admin: pg.Client): Promise<Map<string, number>> {
  const { rows } = await admin.query<{ table_name: string }>(
    `select table_name from information_schema.columns
     where table_schema = 'public' and column_name = 'id' and data_type in ('integer', 'bigint')`,
  );
  const out = new Map<string, number>();
  for (const { table_name } of rows) {
    const [row] = (await admin.query(`select coalesce(max(id), 0)::bigint::text as id from "${table_name}"`))
      .rows;
    out.set(table_name, Number(row.id));
  }
  return out;
}

/** Rows inserted since `before`, over every table it names. */
async function rowsSince(admin: pg.Client, before: Map<string, number>): Promise<number> {
  let total = 0;
  for (const [table, id] of before) {
    const { rows } = await admin.query(`select count(*)::int as n from "${table}" where id > $1`, [id]);
    total += rows[0].n;
  }
  return total;
}

/**
 * The floor's webhook fan-out of the change its statement just recorded (`change`), as Rectify's audit does it:
 * one delivery per active subscription of a live client that takes `kind` and whose scopes (`scopesParam`) see it.
 */
export const floorWebhookFanOut = (kind: string, scopesParam: string) => `hooks as (
  insert into webhook_deliveries (subscription_id, change_event_id)
  select s.id, change.id from change, webhook_subscriptions s join api_clients c on c.id = s.api_client_id
  where s.active and c.revoked_at is null and c.expires_at > now()
    and (cardinality(s.kinds) = 0 or '${kind}' = any(s.kinds))
    and c.scopes && ${scopesParam}::partner_scope[])`;
