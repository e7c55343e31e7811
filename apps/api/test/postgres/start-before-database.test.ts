import { systemActor } from '@rectify/domain';
import { createUser } from '@rectify/services';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/env.js';
import { type RunningApi, startApi } from '../../src/start.js';
import { capturedLogger, freshPlace } from '../support/ops-harness.js';
import { TcpProxy } from '../support/tcp-proxy.js';

// The API started before its database can be reached (nothing listens at its address yet): it listens,
// answers /health, says not ready, refuses GraphQL with the coded error, and becomes ready by itself once the
// database appears — migrated, serving, without a restart.

const target = new URL(process.env.DATABASE_URL as string);
let place: Awaited<ReturnType<typeof freshPlace>> | undefined;
let proxy: TcpProxy | undefined;
let api: RunningApi | undefined;

afterAll(async () => {
  await api?.stop();
  await proxy?.close();
  await place?.drop();
});

describe('an API started before its database', () => {
  it('waits for the database and becomes ready once it answers', async () => {
    place = await freshPlace();
    proxy = new TcpProxy(await TcpProxy.freePort(), {
      host: target.hostname,
      port: Number(target.port || 5432),
    });
    const viaProxy = new URL(place.databaseUrl!);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const log = await capturedLogger();
    api = await startApi(
      readEnv({
        NODE_ENV: 'production',
        RECTIFY_JWT_SECRET: 'early-start-secret-early-start-secret-00',
        PORT: '0',
        DATABASE_URL: viaProxy.toString(),
        RECTIFY_DATA_DIR: place.dataDir,
      }),
      log.logger,
    );
    const url = `http://127.0.0.1:${api.port}`;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const notReady = await fetch(`${url}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'starting' });
    const early = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(early.status).toBe(503);
    expect(
      ((await early.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('DATABASE_UNAVAILABLE');
    // It keeps trying, and says so (one line per try, naming the cause).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const retries = log.lines.filter((l) =>
      String(l.msg).startsWith('database unavailable for the migrations'),
    );
    expect(retries.length).toBeGreaterThan(0);
    expect((retries[0]!.err as { code?: string }).code).toBe('ECONNREFUSED');

    await proxy.open();
    const opened = Date.now();
    await api.ready;
    console.log(`ready ${Date.now() - opened} ms after the database became reachable`);
    const ready = await fetch(`${url}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres' });

    const ctx = {
      db: api.handle.db,
      actor: systemActor('ADMIN'),
      locale: 'zh' as const,
      now: () => new Date(),
    };
    await createUser(ctx, {
      username: 'early',
      displayName: 'early',
      password: 'correct horse battery',
      role: 'ADMIN',
    });
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(username: "early", password: "correct horse battery") { user { username } } }',
      }),
    });
    expect(await signIn.json()).toEqual({ data: { login: { user: { username: 'early' } } } });
  }, 300_000);
});
