import type { AddressInfo } from 'node:net';
import { statSync } from 'node:fs';
import path from 'node:path';
import { systemActor } from '@rectify/domain';
import { createUser, DEFAULT_AUTH_LIMITS, login, signAccessToken } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.js';
import { createRectifyServer } from '../src/http/server.js';
import { SECRET_FILE } from '../src/jwt-secret.js';
import { type RunningApi, startApi } from '../src/start.js';
import { capturedLogger, freshPlace } from './support/ops-harness.js';

// The API as main.ts starts it (startApi), without a configured secret, with metrics on: what an operator
// sees of it (request ids, access lines, /health, /ready, metrics) and the secret it made for its data folder.

/** The signing secret the code held before each data folder got its own: anyone could read it. */
const OLD_CONSTANT = 'rectify-development-secret-do-not-use-in-production';

let place: Awaited<ReturnType<typeof freshPlace>>;
let api: RunningApi;
let url = '';
let log: Awaited<ReturnType<typeof capturedLogger>>;
let userId = 0;
let token = '';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  place = await freshPlace();
  log = await capturedLogger();
  const env = readEnv({
    PORT: '0',
    RECTIFY_DATA_DIR: place.dataDir,
    DATABASE_URL: place.databaseUrl,
    RECTIFY_LOAD_DEMO: 'false',
    RECTIFY_METRICS_PORT: '0',
    // No console: a path it does not know would otherwise be answered with the console's index.html.
    RECTIFY_CONSOLE_DIR: path.join(place.dataDir, 'no-console'),
  });
  api = await startApi(env, log.logger);
  url = `http://127.0.0.1:${api.port}`;
  await api.ready;
  const ctx = {
    db: api.handle.db,
    actor: systemActor('ADMIN'),
    locale: 'zh' as const,
    now: () => new Date(),
  };
  const user = await createUser(ctx, {
    username: 'ops-admin',
    displayName: 'ops',
    password: 'correct horse battery',
    role: 'ADMIN',
  });
  userId = user.id;
  const signIn = await post({
    query: 'mutation { login(username: "ops-admin", password: "correct horse battery") { accessToken } }',
  });
  token = ((await signIn.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
});
afterAll(async () => {
  await api?.stop();
  await place?.drop();
});

describe('the signing secret without RECTIFY_JWT_SECRET', () => {
  it('is the data folder’s own, in a file only its owner reads; tokens signed with the old constant are refused', async () => {
    expect(statSync(path.join(place.dataDir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    const forged = await signAccessToken(
      { jwtSecret: OLD_CONSTANT, ...DEFAULT_AUTH_LIMITS },
      { userId, role: 'ADMIN', unitId: null, leaderId: null },
      new Date(),
    );
    const refused = await post(
      { query: '{ me { user { username } } }' },
      { authorization: `Bearer ${forged.token}` },
    );
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
    const accepted = await post(
      { query: '{ me { user { username } } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(await accepted.json()).toEqual({ data: { me: { user: { username: 'ops-admin' } } } });
  });
});

describe('every request', () => {
  it('has an id: a sane incoming X-Request-Id is kept, anything else is replaced', async () => {
    const kept = await fetch(`${url}/health`, { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42');
    const replaced = await fetch(`${url}/health`, { headers: { 'x-request-id': `x${'y'.repeat(200)}` } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await fetch(`${url}/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers.get('x-request-id')).not.toBe(replaced.headers.get('x-request-id'));
  });

  it('writes one access line: method, path, operation, status, duration, user — and no token', async () => {
    const response = await post(
      { query: 'query WhoAmI { me { user { username } } }', operationName: 'WhoAmI' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'access-line-1' },
    );
    expect(response.status).toBe(200);
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = log.lines.filter((l) => l.requestId === 'access-line-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      operation: 'WhoAmI',
      status: 200,
      userId,
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain('correct horse battery');
  });

  it('names an anonymous operation by its root fields', async () => {
    await (await post({ query: '{ me { user { username } } }' }, { 'x-request-id': 'anonymous-1' })).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log.lines.find((l) => l.requestId === 'anonymous-1')).toMatchObject({
      operation: 'me',
      userId: null,
    });
  });
});

describe('health and readiness', () => {
  it('answers /health (alive) and /ready (the database answers and is migrated)', async () => {
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: api.handle.driver });
  });

  it('says not ready while starting and while stopping', async () => {
    const before = api.readiness.state;
    try {
      api.readiness.state = 'starting';
      const starting = await fetch(`${url}/ready`);
      expect(starting.status).toBe(503);
      // GraphQL waits for the schema too: a coded error, not a failure inside.
      const graphql = await post(
        { query: '{ me { user { username } } }' },
        { authorization: `Bearer ${token}` },
      );
      expect(graphql.status).toBe(503);
      const body = (await graphql.json()) as {
        errors: { extensions: { code: string; requestId: string } }[];
      };
      expect(body.errors[0]?.extensions).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        requestId: graphql.headers.get('x-request-id'),
      });
      api.readiness.state = 'stopping';
      expect((await fetch(`${url}/ready`)).status).toBe(503);
      expect((await fetch(`${url}/health`)).status).toBe(200);
    } finally {
      api.readiness.state = before;
    }
  });
});

describe('metrics', () => {
  it('are served on their own listener at 127.0.0.1, never on the public port', async () => {
    expect(api.metricsPort).not.toBeNull();
    await (await post({ query: 'query Probe { tasks { totalCount } }' })).text();
    await (
      await post({ query: 'query Probe { tasks { totalCount } }' }, { authorization: `Bearer ${token}` })
    ).text();
    const text = await (await fetch(`http://127.0.0.1:${api.metricsPort}/metrics`)).text();
    expect(text).toMatch(
      /rectify_http_request_duration_seconds_count\{method="POST",route="\/graphql",operation="Probe",status="200"\} 2/,
    );
    expect(text).toMatch(/rectify_graphql_errors_total\{operation="Probe",code="UNAUTHENTICATED"\} 1/);
    expect(text).toContain('# TYPE rectify_db_pool_connections gauge');
    expect(text).toContain('# TYPE rectify_deliveries gauge');
    expect(text).toContain('# TYPE rectify_webhook_deliveries gauge');
    if (api.handle.driver === 'postgres')
      expect(text).toMatch(/rectify_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(text).toMatch(/process_resident_memory_bytes \d/);
    const publicPort = await fetch(`${url}/metrics`);
    expect(publicPort.status).toBe(404);
    expect(await publicPort.text()).not.toContain('rectify_http_request_duration_seconds');
  });
});

describe('an unexpected error in production', () => {
  it('is logged once, with the request id the client also receives, and without the values sent', async () => {
    const production = await capturedLogger();
    const { server, stop } = await createRectifyServer(
      api.handle,
      { jwtSecret: 'p'.repeat(40), ...DEFAULT_AUTH_LIMITS },
      {
        production: true,
        corsOrigins: [],
        maxBodyBytes: 1_000_000,
        consoleDir: '/nonexistent',
        maxQueryDepth: 10,
        maxQueryCost: 50_000,
        logger: production.logger,
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const session = await login(
        api.handle.db,
        { jwtSecret: 'p'.repeat(40), ...DEFAULT_AUTH_LIMITS },
        { username: 'ops-admin', password: 'correct horse battery', address: '127.0.0.1', now: new Date() },
      );
      // A NUL character cannot be stored in PostgreSQL text: the database refuses the statement.
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
        body: JSON.stringify({
          query: 'query Search($s: String) { tasks(filter: { search: $s }) { totalCount } }',
          variables: { s: '机密检索词\u0000' },
        }),
      });
      const requestId = response.headers.get('x-request-id');
      const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const errors = production.lines.filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ requestId, operation: 'Search', msg: 'unexpected error' });
      expect((errors[0]!.err as { stack: string }).stack).toMatch(/^at /);
      expect(production.text()).not.toContain('机密检索词');
      expect(production.text()).not.toContain(session.accessToken);
    } finally {
      await stop(0);
    }
  });
});
