import { readFileSync } from 'node:fs';
import { MIGRATIONS_FOLDER } from '@rectify/db';
import { afterAll, describe, expect, it } from 'vitest';
import { type ApiProcess, portOf, spawnApi } from '../support/api-process.js';
import { adminQuery, freshPlace } from '../support/ops-harness.js';

// Two API processes started at the same moment on one empty PostgreSQL database (an upgrade rolled out to
// two instances): the migrations run once, under the advisory lock, and both serve.

let place: Awaited<ReturnType<typeof freshPlace>> | undefined;
const apis: ApiProcess[] = [];

afterAll(async () => {
  for (const api of apis) if (api.child.exitCode === null) api.child.kill('SIGKILL');
  await place?.drop();
});

describe('two servers starting at once on a fresh database', () => {
  it('apply each migration once, and both become ready and serve', async () => {
    place = await freshPlace();
    const env = {
      NODE_ENV: 'production',
      RECTIFY_JWT_SECRET: 'migration-race-secret-migration-race-00',
      DATABASE_URL: place.databaseUrl!,
      RECTIFY_DATA_DIR: place.dataDir,
      PORT: '0',
    };
    apis.push(spawnApi(env), spawnApi(env));
    const ports = await Promise.all(apis.map(portOf));
    await Promise.all(apis.map((api) => api.waitFor((l) => String(l.msg).startsWith('ready'))));

    const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
      entries: { when: number }[];
    };
    const applied = await adminQuery(
      place.databaseUrl!,
      'select created_at::text as at from drizzle.__drizzle_migrations order by id',
    );
    expect(applied.rows.map((r) => Number(r.at))).toEqual(journal.entries.map((e) => e.when));

    for (const port of ports) {
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres' });
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    }
    // SIGTERM: each drains and exits cleanly.
    for (const api of apis) api.child.kill('SIGTERM');
    expect(await Promise.all(apis.map((api) => api.exited))).toEqual([0, 0]);
    for (const api of apis) expect(api.lines.at(-1)?.msg).toBe('stopped');
  }, 300_000);
});
