import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_PASSWORD } from '@rectify/demo';
import { writeLedgerWorkbook } from '@rectify/ledger-io';
import { taskRow } from '@rectify/ledger-io/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../support/api-process.js';
import { gql, signIn, startClusterServer } from '../support/api-cluster.js';
import { adminQuery, freshPlace } from '../support/ops-harness.js';

// API processes on one PostgreSQL database, each with a data folder of its own (so nothing can come from a
// shared disk), talked to over HTTP only: whatever one server does, the others see, and a server killed in
// the middle of a write leaves nothing half done. A third server serves after the kills.

let place: Awaited<ReturnType<typeof freshPlace>>;
/** Every server started, by name: the order they became ready in is not the order they were started in. */
const servers = new Map<string, ApiProcess>();
const SECRET = 'two-servers-secret-two-servers-secret-00';

async function start(name: string, loadDemo: boolean) {
  const server = await startClusterServer(place, name, { loadDemo, jwtSecret: SECRET });
  servers.set(name, server.api);
  return server.url;
}

const query = (sql: string, params: unknown[] = []) => adminQuery(place.databaseUrl!, sql, params);

let a = '';
let b = '';
let c = '';
let taskId = 0;
beforeAll(async () => {
  place = await freshPlace();
  a = await start('a', true);
  [b, c] = await Promise.all([start('b', false), start('c', false)]);
  const [task] = (
    await query(
      `select t.id from tasks t join users u on u.unit_id = t.lead_unit_id
       where u.username = 'unit' and t.status = 'IN_PROGRESS' order by t.id limit 1`,
    )
  ).rows;
  taskId = task.id;
}, 400_000);
afterAll(async () => {
  for (const api of servers.values()) if (api.child.exitCode === null) api.child.kill('SIGKILL');
  await place?.drop();
});

describe('two API servers on one database', () => {
  it('serves through one the evidence uploaded through the other', async () => {
    const content = Buffer.from(`%PDF-1.4\n% uploaded through a ${Date.now()}\n%%EOF\n`);
    const upload = await fetch(`${a}/files/evidence?taskId=${taskId}&fileName=${encodeURI('会议纪要.pdf')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await signIn(a, 'unit')}` },
      body: content,
    });
    expect(upload.status).toBe(201);
    const { evidence } = (await upload.json()) as { evidence: { id: number } };
    const download = await fetch(`${b}/files/evidence/${evidence.id}`, {
      headers: { authorization: `Bearer ${await signIn(b, 'office')}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(content);
  });

  it('lets exactly one of two approvals of the same request win, sent to different servers', async () => {
    const [pending] = (
      await query(`select id, version from closure_requests where status = 'PENDING_APPROVAL'`)
    ).rows;
    const approve = async (url: string) =>
      gql<{ approveClosureRequest: { errors: { code: string }[] } }>(
        url,
        await signIn(url, 'office'),
        'mutation ($i: ReviewRequestInput!) { approveClosureRequest(input: $i) { errors { code } } }',
        { i: { id: pending.id, version: pending.version, decision: 'APPROVE' } },
      );
    const answers = await Promise.all([approve(a), approve(b)]);
    const errors = answers.map((answer) => answer.approveClosureRequest.errors);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.flat()).toHaveLength(1);
    const [request] = (
      await query('select status, task_id from closure_requests where id = $1', [pending.id])
    ).rows;
    expect(request.status).toBe('APPROVED');
    const closed = await query(
      `select count(*)::int as n from audit_events where entity = 'task' and entity_id = $1 and action = 'task.close'`,
      [String(request.task_id)],
    );
    expect(closed.rows[0].n).toBe(1);
  });

  it('runs the daily digest that every server schedules once', async () => {
    const dbNow = async () => (await query('select now() as t')).rows[0].t as Date;
    let since = await dbNow();
    // The schedule is moved to this minute (China time), with time left in it for the servers to look.
    if (since.getUTCSeconds() > 45) {
      await sleep((61 - since.getUTCSeconds()) * 1000);
      since = await dbNow();
    }
    const cron = `${since.getUTCMinutes()} ${(since.getUTCHours() + 8) % 24} * * *`;
    await query(`update pgboss.schedule set cron = $1 where name = 'DAILY_DIGEST'`, [cron]);
    const cronLookedAt = async () =>
      (await query('select cron_on as t from pgboss.version')).rows[0].t as Date;
    // Each second one of the servers looks; five looks in, each server has had its turns to send it.
    while ((await cronLookedAt()).getTime() < since.getTime() + 5000) await sleep(250);
    const digestJobs = async () =>
      (
        await query(
          `select state::text from pgboss.job where name = 'DAILY_DIGEST' and created_on >= $1
           union all select state::text from pgboss.archive where name = 'DAILY_DIGEST' and created_on >= $1`,
          [since],
        )
      ).rows.map((row) => row.state as string);
    let states = await digestJobs();
    while (states.length === 0 || states.some((state) => state !== 'completed' && state !== 'failed')) {
      await sleep(250);
      states = await digestJobs();
    }
    expect(states).toEqual(['completed']);
    const digests = await query(
      `select count(*)::int as n from audit_events where action = 'notification.digest' and at >= $1`,
      [since],
    );
    expect(digests.rows[0].n).toBe(1);
  });

  it('counts failed sign-ins on every server: guesses through two lock the account through the third', async () => {
    const attempt = async (url: string, password: string) => {
      const answer = await gql<{ login: { accessToken: string | null; errors: { code: string }[] } }>(
        url,
        null,
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken errors { code } } }',
        { u: 'supervisor', p: password },
      );
      return answer.login.accessToken ? 'SIGNED_IN' : answer.login.errors[0]!.code;
    };
    // Five failures are free for a name from one address (DEFAULT_AUTH_LIMITS): three here, two there.
    const guesses = [a, a, a, b, b];
    const codes = [];
    for (const [i, url] of guesses.entries()) codes.push(await attempt(url, `guess-${i}`));
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(await attempt(c, DEMO_PASSWORD)).toBe('RATE_LIMITED');
    expect(await attempt(a, DEMO_PASSWORD)).toBe('RATE_LIMITED');
  });

  it('generates a requested file on whichever server takes the job, and serves it from any', async () => {
    const [inspection] = (await query('select max(id) as id from inspections')).rows;
    const input = { document: 'LEDGER_WORKBOOK', inspectionId: inspection.id, sheetKind: 'LEDGER' };
    const requested = await gql<{ requestFileGeneration: { fileGeneration: { id: number } } }>(
      a,
      await signIn(a, 'office'),
      'mutation ($i: FileGenerationInput!) { requestFileGeneration(input: $i) { fileGeneration { id } } }',
      { i: input },
    );
    const { id } = requested.requestFileGeneration.fileGeneration;
    const token = await signIn(c, 'office');
    const read = async () =>
      (
        await gql<{ fileGeneration: { state: string; size: number | null } }>(
          c,
          token,
          'query ($id: Int!) { fileGeneration(id: $id) { state size } }',
          { id },
        )
      ).fileGeneration;
    let generation = await read();
    while (generation.state === 'QUEUED' || generation.state === 'RUNNING') {
      await sleep(250);
      generation = await read();
    }
    expect(generation.state).toBe('DONE');
    const file = await fetch(`${b}/files/generated/${id}`, {
      headers: { authorization: `Bearer ${await signIn(b, 'office')}` },
    });
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBe(generation.size);
  });

  it('leaves a spreadsheet import whole or absent when its server is killed while it runs', async () => {
    const tasksNow = async () => (await query('select count(*)::int as n from tasks')).rows[0].n as number;
    const [issue] = (await query('select code from issues order by id limit 1')).rows;
    const rows = Array.from({ length: 300 }, (_, i) =>
      taskRow(`${issue.code}-${500 + i}`, `新增整改措施${i}`),
    );
    const content = Buffer.from(
      await writeLedgerWorkbook({ kind: 'TASKS', rows, createdAt: new Date() }),
    ).toString('base64');
    const before = await tasksNow();
    const token = await signIn(a, 'office');
    const server = servers.get('a')!;
    const sent = fetch(`${a}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation ($c: String!) { importLedger(contentBase64: $c) { errors { code } } }',
        variables: { c: content },
      }),
    }).catch(() => 'cut off');
    // Killed once the import's transaction is open in the database: the server is at work on it.
    const working = `select count(*)::int as n from pg_stat_activity where datname = current_database()
      and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`;
    for (let i = 0; i < 600 && (await query(working)).rows[0].n === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    server.child.kill('SIGKILL');
    await sent;
    expect([before, before + rows.length]).toContain(await tasksNow());
    const answer = await gql<{ task: { id: number } }>(
      c,
      await signIn(c, 'office'),
      'query ($id: Int!) { task(id: $id) { id } }',
      {
        id: taskId,
      },
    );
    expect(answer.task.id).toBe(taskId);
  });

  it('keeps serving when a server is killed in the middle of an upload, leaving no trace of it', async () => {
    const counts = async () =>
      (
        await query(`select (select count(*) from evidence)::int as evidence,
                            (select count(*) from file_store.files)::int as files,
                            (select count(*) from file_store.chunks)::int as chunks`)
      ).rows[0];
    const before = await counts();
    const token = await signIn(b, 'unit');
    const server = servers.get('b')!;
    // Half of a 4 MB file is sent, then the server is killed: the request never completes.
    const interrupted = new Promise<void>((resolve) => {
      const req = request(`${b}/files/evidence?taskId=${taskId}&fileName=big.pdf`, {
        method: 'POST',
        headers: {
          'content-type': 'application/pdf',
          'content-length': String(4 * 1024 * 1024),
          authorization: `Bearer ${token}`,
        },
      });
      req.on('error', () => resolve());
      req.write(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024, 7)]), () => {
        server.child.kill('SIGKILL');
      });
    });
    await interrupted;
    expect(await server.exited).toBeNull();
    expect(await counts()).toEqual(before);
    const answer = await gql<{ task: { id: number } }>(
      c,
      await signIn(c, 'unit'),
      'query ($id: Int!) { task(id: $id) { id } }',
      { id: taskId },
    );
    expect(answer.task.id).toBe(taskId);
  });
});
