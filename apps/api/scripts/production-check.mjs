// The README's production section, run for real (CI's step 4): the built API (`pnpm build` first) started
// with plain `node apps/api/dist/main.js`, NODE_ENV=production and a generated secret, on a fresh PostgreSQL
// database; the demo ledger loaded and an administrator created with the CLI; sign in, read the ledger over
// GraphQL, a burst of reads; SIGTERM while a request is in flight, which must still be answered; exit 0.
// Prints the time from `node` to ready and the process's resident memory, idle and under load.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node apps/api/scripts/production-check.mjs
//
// DATABASE_URL names the server: the check creates a database of its own there and drops it at the end.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = path.join(repoRoot, 'apps/api/dist/main.js');
const server = process.env.DATABASE_URL;
if (!server) throw new Error('set DATABASE_URL to a PostgreSQL server (the check makes a database there)');
if (!existsSync(bundle)) throw new Error('apps/api/dist/main.js is missing: run `pnpm build` first');
if (!existsSync(path.join(repoRoot, 'apps/console/dist/index.html')))
  throw new Error('apps/console/dist is missing: run `pnpm build` first');

const admin = async (sql) => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
const name = `rectify_production_check_${Date.now()}_${process.pid}`;
const url = new URL(server);
url.pathname = `/${name}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-production-'));
const port = await freePort();
const env = {
  ...process.env,
  NODE_ENV: 'production',
  RECTIFY_JWT_SECRET: randomBytes(32).toString('base64url'),
  DATABASE_URL: url.toString(),
  RECTIFY_DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
};
const base = `http://127.0.0.1:${port}`;
let child;

try {
  await admin(`create database ${name}`);
  const spawned = Date.now();
  child = spawn(process.execPath, [bundle], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = [];
  // 'close', not 'exit': the last log lines may still be in the pipe when the process exits.
  const exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  let partial = '';
  child.stdout.on('data', (chunk) => {
    // A chunk may end inside a line: the rest of it comes with the next one.
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts.filter(Boolean)) lines.push(JSON.parse(text));
  });
  const ready = await waitFor(() => lines.find((l) => String(l.msg).startsWith('ready')), exited, 120_000);
  const toReadyMs = Date.now() - spawned;
  console.log(
    `production check: ready ${toReadyMs} ms after \`node\` started (${ready.msSinceStart} ms by the process's clock)`,
  );
  check((await fetch(`${base}/ready`)).status === 200, '/ready answers 200');
  const page = await fetch(`${base}/`);
  check(page.status === 200 && (await page.text()).includes('<div id="root">'), 'the console is served at /');

  // The CLI, as the README runs it: the demo ledger (loaded explicitly) and the first administrator.
  // Asynchronously: a blocked event loop would keep stale keep-alive connections in fetch's pool.
  const cli = (args, extra = {}) =>
    new Promise((resolve, reject) =>
      execFile(
        'npx',
        ['-y', 'pnpm@10.34.9', '--silent', 'cli', ...args],
        { cwd: repoRoot, env: { ...env, ...extra } },
        (error, stdout, stderr) => (error ? reject(new Error(`pnpm cli ${args[0]}: ${stderr}`)) : resolve(stdout)),
      ),
    );
  await cli(['demo']);
  const password = randomBytes(12).toString('base64url');
  console.log((await cli(['create-admin', 'operator', '运维管理员'], { RECTIFY_ADMIN_PASSWORD: password })).trim());

  const gql = async (query, variables = {}, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const signIn = await gql(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken errors { code } } }',
    { u: 'operator', p: password },
  );
  const token = signIn.data?.login?.accessToken;
  check(token, `the administrator signs in (${JSON.stringify(signIn.errors ?? signIn.data?.login?.errors)})`);
  const LEDGER = `query Ledger { issues(first: 50, orderBy: { field: CODE }) { totalCount nodes { code title
    tasks { ordinal measure deadline status leadUnit { name } } } } }`;
  const ledger = await gql(LEDGER, {}, token);
  check(
    ledger.data?.issues?.totalCount === 57,
    `the ledger reads 57 issues (${JSON.stringify(ledger).slice(0, 300)})`,
  );
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idleMb = rssMb(child.pid);

  // Load: 400 ledger pages, 8 at a time; the peak resident size while it runs.
  let peakMb = idleMb;
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, rssMb(child.pid));
  }, 50);
  let remaining = 400;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (remaining-- > 0) {
        const answer = await gql(LEDGER, {}, token);
        check(answer.data?.issues?.totalCount === 57, 'a ledger read under load');
      }
    }),
  );
  clearInterval(sampler);
  peakMb = Math.max(peakMb, rssMb(child.pid));
  console.log(
    `production check: resident memory ${idleMb.toFixed(0)} MB idle, ${peakMb.toFixed(0)} MB at most under load`,
  );

  // SIGTERM with a request in flight: it is answered, then the process stops cleanly.
  const inFlight = gql(LEDGER, {}, token);
  await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill('SIGTERM');
  const last = await inFlight;
  check(last.data?.issues?.totalCount === 57, 'the request in flight at SIGTERM is answered');
  const code = await exited;
  check(code === 0, `the process exits 0 after SIGTERM (exit ${code})`);
  check(lines.at(-1)?.msg === 'stopped', 'the last log line says it stopped');
  console.log('production check passed');
} finally {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await admin(`drop database if exists ${name} with (force)`).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}

function check(condition, what) {
  if (!condition) throw new Error(`production check failed: ${what}`);
}

function rssMb(pid) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(match?.[1] ?? 0) / 1024;
}

async function waitFor(find, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let code;
  void exited.then((c) => {
    code = c;
  });
  while (Date.now() < deadline) {
    const found = find();
    if (found) return found;
    if (code !== undefined) throw new Error(`the API exited (${code}) before it was ready`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the API was not ready in time');
}

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
