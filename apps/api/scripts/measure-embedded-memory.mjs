// What the embedded database costs: the production build (`pnpm build` first) started on PGlite with the
// demo ledger, its resident memory idle after the first start (initdb, migrations, demo load), after 200
// ledger reads, and idle again after a restart on the same data folder.
//
//   node apps/api/scripts/measure-embedded-memory.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/main.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-embedded-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const rssMb = (pid) =>
  Math.round(
    Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) / 1024,
  );

async function start() {
  const started = Date.now();
  const child = spawn(process.execPath, [bundle], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      RECTIFY_DATA_DIR: dataDir,
      PORT: String(port),
      RECTIFY_LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let ready = false;
  child.stdout.on('data', (chunk) => {
    if (chunk.toString('utf8').includes('"msg":"ready')) ready = true;
  });
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    await sleep(50);
  }
  return { child, readyMs: Date.now() - started };
}

const stop = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

try {
  const first = await start();
  await sleep(3000);
  const firstIdle = rssMb(first.child.pid);
  const login = await gql('mutation { login(username: "admin", password: "rectify-demo") { accessToken } }');
  const token = login.data.login.accessToken;
  const LEDGER = `{ issues(first: 50) { totalCount nodes { code title status figures { closureRate }
    tasks { measure deadline status warning leadUnit { name } latestProgress { percent } } } } }`;
  let peak = firstIdle;
  for (let i = 0; i < 200; i++) {
    await gql(LEDGER, token);
    if (i % 20 === 0) peak = Math.max(peak, rssMb(first.child.pid));
  }
  peak = Math.max(peak, rssMb(first.child.pid));
  await sleep(3000);
  const afterLoad = rssMb(first.child.pid);
  await stop(first.child);
  const second = await start();
  await sleep(3000);
  const restartIdle = rssMb(second.child.pid);
  await stop(second.child);
  console.log(
    JSON.stringify({
      firstStart: {
        readyMs: first.readyMs,
        idleMb: firstIdle,
        peakUnderReadsMb: peak,
        idleAfterReadsMb: afterLoad,
      },
      restart: { readyMs: second.readyMs, idleMb: restartIdle },
    }),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

async function gql(query, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return free;
}
