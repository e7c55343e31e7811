import { systemActor } from '@rectify/domain';
import { createUser } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/env.js';
import { type RunningApi, startApi } from '../../src/start.js';
import { adminQuery, capturedLogger, freshPlace } from '../support/ops-harness.js';
import { TcpProxy } from '../support/tcp-proxy.js';

// The database goes away under load and comes back: the API (production mode) survives, answers the
// requests it cannot serve with DATABASE_UNAVAILABLE, says so on /ready, and serves again within seconds,
// without a restart. Every write is committed whole or not at all.

const serverUrl = process.env.DATABASE_URL as string;
const target = new URL(serverUrl);
let place: Awaited<ReturnType<typeof freshPlace>>;
let proxy: TcpProxy;
let api: RunningApi;
let url = '';
let token = '';
let databaseName = '';

interface Outcome {
  kind: 'read' | 'write';
  name?: string;
  ok: boolean;
  code?: string;
  status: number;
  body: string;
}

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Outcome & { data?: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'accept-language': 'en',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  const json = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const code = json.errors?.[0]?.extensions?.code;
  return { kind: 'read', ok: !json.errors, code, status: response.status, body, data: json.data };
}

const read = () => gql('query Units { units(first: 5) { totalCount } }');
const write = async (name: string): Promise<Outcome> => {
  const result = await gql(
    'mutation AddUnit($name: String!) { createUnit(input: { name: $name, kind: OTHER }) { unit { id } errors { code } } }',
    { name },
  );
  const payload = (result.data as { createUnit?: { unit: unknown; errors: { code: string }[] } } | undefined)
    ?.createUnit;
  if (payload && !payload.unit)
    return { ...result, kind: 'write', name, ok: false, code: payload.errors[0]?.code };
  return { ...result, kind: 'write', name };
};

/** Runs `workers` loops of read-then-write until `stop()` resolves; returns every outcome. */
async function load(workers: number, prefix: string, until: Promise<void>): Promise<Outcome[]> {
  let running = true;
  void until.then(() => {
    running = false;
  });
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; running && i < 10_000; i++) {
        outcomes.push(await read());
        outcomes.push(await write(`${prefix}-${w}-${i}`));
      }
    }),
  );
  return outcomes;
}

/** Polls until a read succeeds; the milliseconds it took. */
async function recoveryMs(since: number): Promise<number> {
  for (let i = 0; i < 600; i++) {
    if ((await read()).ok && (await fetch(`${url}/ready`)).status === 200) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the API did not recover within 30 s');
}

/** Every failure is the coded one, and says nothing of SQL or the stack. */
function expectOnlyCodedFailures(outcomes: Outcome[]) {
  for (const o of outcomes.filter((o) => !o.ok)) {
    expect(o.code, o.body).toBe('DATABASE_UNAVAILABLE');
    expect(o.body).not.toMatch(/select|insert|stack|terminat|ECONN/i);
  }
}

/** With no request in flight, every pool connection is back in the pool: none was lost on the way. */
function expectNoLostConnections() {
  const pool = api.handle.pool!;
  expect(pool.waitingCount).toBe(0);
  expect(pool.totalCount - pool.idleCount).toBe(0);
}

/** A write reported done is there with its audit event; no unit of the load is there without one. */
async function expectWholeWrites(outcomes: Outcome[], prefix: string) {
  const stored = (
    await adminQuery(place.databaseUrl!, 'select id, name from units where name like $1', [`${prefix}-%`])
  ).rows as { id: number; name: string }[];
  const audited = new Set(
    (
      await adminQuery(
        place.databaseUrl!,
        "select entity_id from audit_events where entity = 'unit' and action = 'unit.create'",
      )
    ).rows.map((e) => Number(e.entity_id)),
  );
  for (const unit of stored) expect(audited.has(unit.id), unit.name).toBe(true);
  const names = new Set(stored.map((u) => u.name));
  for (const o of outcomes.filter((o) => o.kind === 'write' && o.ok))
    expect(names.has(o.name!), o.name).toBe(true);
  return { stored: stored.length, reportedDone: outcomes.filter((o) => o.kind === 'write' && o.ok).length };
}

beforeAll(async () => {
  place = await freshPlace();
  databaseName = new URL(place.databaseUrl!).pathname.slice(1);
  proxy = new TcpProxy(await TcpProxy.freePort(), {
    host: target.hostname,
    port: Number(target.port || 5432),
  });
  await proxy.open();
  const viaProxy = new URL(place.databaseUrl!);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const log = await capturedLogger();
  api = await startApi(
    readEnv({
      NODE_ENV: 'production',
      RECTIFY_JWT_SECRET: 'outage-test-secret-outage-test-secret-0',
      PORT: '0',
      DATABASE_URL: viaProxy.toString(),
      RECTIFY_DATA_DIR: place.dataDir,
      RECTIFY_DB_POOL_SIZE: '6',
    }),
    log.logger,
  );
  url = `http://127.0.0.1:${api.port}`;
  await api.ready;
  const ctx = {
    db: api.handle.db,
    actor: systemActor('ADMIN'),
    locale: 'zh' as const,
    now: () => new Date(),
  };
  await createUser(ctx, {
    username: 'outage',
    displayName: 'outage',
    password: 'correct horse battery',
    role: 'ADMIN',
  });
  const signIn = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(username: "outage", password: "correct horse battery") { accessToken } }',
    }),
  });
  token = ((await signIn.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
});
afterAll(async () => {
  await api?.stop();
  await proxy?.close();
  await place?.drop();
});

describe('PostgreSQL terminating the API’s connections under load', () => {
  it('fails only the requests it hits, with DATABASE_UNAVAILABLE, and serves again at once', async () => {
    let stopLoad!: () => void;
    const loadDone = load(6, 'terminated', new Promise<void>((resolve) => (stopLoad = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Terminate every connection of the API, a few times, until a request in flight has been hit.
    let terminatedAt = 0;
    let terminated = 0;
    for (let round = 0; round < 20 && terminated < 3; round++) {
      terminatedAt = Date.now();
      const result = await adminQuery(
        serverUrl,
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [databaseName],
      );
      terminated += result.rowCount ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recovered = await recoveryMs(terminatedAt);
    await new Promise((resolve) => setTimeout(resolve, 300));
    stopLoad();
    const outcomes = await loadDone;
    const failed = outcomes.filter((o) => !o.ok);
    console.log(
      `terminated ${terminated} connections; ${outcomes.length} requests, ${failed.length} failed; ` +
        `serving again ${recovered} ms after the last termination`,
    );
    expect(terminated).toBeGreaterThan(0);
    expectOnlyCodedFailures(outcomes);
    const writes = await expectWholeWrites(outcomes, 'terminated');
    expect(writes.reportedDone).toBeGreaterThan(0);
    expect((await read()).ok).toBe(true);
    expectNoLostConnections();
  });
});

describe('the database going away and coming back (a restart, seen through a proxy)', () => {
  it('is reported by /ready and by coded errors while away; the API serves again soon after it returns', async () => {
    let stopLoad!: () => void;
    const loadDone = load(4, 'restart', new Promise<void>((resolve) => (stopLoad = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.close();
    const away = Date.now();
    // While away: not ready, and GraphQL answers with the coded error (within the connection timeout).
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unavailable', database: 'postgres' });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const meanwhile = await read();
    expect(meanwhile.code).toBe('DATABASE_UNAVAILABLE');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2000 - (Date.now() - away))));
    await proxy.open();
    const back = Date.now();
    const recovered = await recoveryMs(back);
    stopLoad();
    const outcomes = await loadDone;
    console.log(
      `database away ${back - away} ms; ${outcomes.length} requests, ${outcomes.filter((o) => !o.ok).length} ` +
        `failed; serving again ${recovered} ms after it returned`,
    );
    expectOnlyCodedFailures(outcomes);
    await expectWholeWrites(outcomes, 'restart');
    expectNoLostConnections();
  });
});
