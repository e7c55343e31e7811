import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type ApiProcess, spawnApi, watch } from './support/api-process.js';
import { TcpProxy } from './support/tcp-proxy.js';

// The README's start command carries every setting to the server. `npm start` is `pnpm install` and then
// `turbo run start --filter=@rectify/api` (the root package's `serve`), which first builds the console; this
// runs that same task with `--only` (the console's build is not what is tested here) and checks that the
// values of the README's configuration table arrive — Turborepo's strict mode used to drop them.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'rectify-start-'));
const started: ApiProcess[] = [];

afterAll(async () => {
  for (const api of started) {
    if (api.child.exitCode !== null) continue;
    try {
      process.kill(-api.child.pid!, 'SIGKILL');
    } catch {
      api.child.kill('SIGKILL');
    }
  }
  // A killed server's process may still be closing its files for a moment: retry rather than fail.
  rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
});

/**
 * The environment of a child, which must not reach this test's database (in the PostgreSQL pass): it keeps
 * PGlite in a data folder of its own. An empty value counts as unset.
 */
function childEnv(extra: Record<string, string>): Record<string, string> {
  return {
    ...(process.env as Record<string, string>),
    TURBO_TELEMETRY_DISABLED: '1',
    DATABASE_URL: '',
    ...extra,
  };
}

describe('npm start’s task (turbo run start)', () => {
  it('passes every variable of the configuration table to the server, on a port that is not the default', async () => {
    const [port, metricsPort] = [await TcpProxy.freePort(), await TcpProxy.freePort()];
    const consoleDir = path.join(scratch, 'console');
    mkdirSync(consoleDir, { recursive: true });
    writeFileSync(
      path.join(consoleDir, 'index.html'),
      '<!doctype html><title>console from the setting</title>',
    );
    const settings = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      RECTIFY_DATA_DIR: path.join(scratch, 'data'),
      RECTIFY_JWT_SECRET: 's'.repeat(40),
      RECTIFY_FILE_STORE: 'database',
      RECTIFY_CORS_ORIGINS: 'https://partner.example',
      RECTIFY_LOAD_DEMO: 'false',
      RECTIFY_DEMO_DATES: 'historical',
      RECTIFY_CONSOLE_DIR: consoleDir,
      RECTIFY_MAX_BODY_BYTES: '123456',
      RECTIFY_MAX_QUERY_DEPTH: '9',
      RECTIFY_MAX_QUERY_COST: '40000',
      RECTIFY_DB_POOL_SIZE: '3',
      RECTIFY_LOG_LEVEL: 'info',
      RECTIFY_LOG_FORMAT: 'json',
      RECTIFY_METRICS_PORT: String(metricsPort),
      RECTIFY_METRICS_HOST: '127.0.0.1',
      RECTIFY_SHUTDOWN_GRACE_MS: '1234',
      RECTIFY_INTROSPECTION: 'true',
      RECTIFY_TRUSTED_PROXIES: 'loopback',
      RECTIFY_ALLOWED_HOSTS: 'ledger.example',
      RECTIFY_JOBS: 'true',
      RECTIFY_DIGEST_HOUR: '6',
      RECTIFY_SCHEDULE_CHECK_SECONDS: '7',
    };
    const child = spawn(
      path.join(repoRoot, 'node_modules/.bin/turbo'),
      ['run', 'start', '--filter=@rectify/api', '--only', '--log-prefix=none'],
      { cwd: repoRoot, env: childEnv(settings), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const api = watch(child);
    started.push(api);
    const line = await api.waitFor((l) => l.msg === 'settings');
    expect(line.settings).toEqual({
      production: true,
      host: '127.0.0.1',
      port,
      dataDir: settings.RECTIFY_DATA_DIR,
      fileStore: 'database',
      signingSecret: 'RECTIFY_JWT_SECRET',
      database: 'pglite',
      corsOrigins: ['https://partner.example'],
      loadDemo: false,
      demoDates: 'historical',
      consoleDir,
      maxBodyBytes: 123456,
      maxQueryDepth: 9,
      maxQueryCost: 40000,
      poolSize: 3,
      logLevel: 'info',
      logFormat: 'json',
      metrics: { host: '127.0.0.1', port: metricsPort },
      shutdownGraceMs: 1234,
      introspection: true,
      trustedProxies: ['loopback'],
      allowedHosts: ['ledger.example'],
      jobs: { digestHour: 6, scheduleCheckSeconds: 7 },
    });
    await api.waitFor((l) => String(l.msg).startsWith('ready'));
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('console from the setting');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(200);
    process.kill(-child.pid!, 'SIGTERM');
    await api.exited;
  }, 300_000);
});

describe('the API’s start (pnpm --filter @rectify/api start)', () => {
  it('stops at a wrong value with one line per value and no stack', async () => {
    const api = spawnApi(
      childEnv({ PORT: 'eighty', RECTIFY_LOAD_DEMO: 'maybe', RECTIFY_DEMO_DATES: 'tomorrow' }),
    );
    started.push(api);
    expect(await api.exited).toBe(1);
    expect(api.stderr().trim().split('\n')).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "eighty")',
      'RECTIFY_LOAD_DEMO must be true or false (got "maybe")',
      'RECTIFY_DEMO_DATES must be today, historical or a date YYYY-MM-DD (got "tomorrow")',
    ]);
  }, 300_000);

  it('stops at a port in use with one line that names PORT', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const api = spawnApi(
        childEnv({
          PORT: String(port),
          RECTIFY_DATA_DIR: path.join(scratch, 'taken'),
          RECTIFY_LOAD_DEMO: 'false',
        }),
      );
      started.push(api);
      expect(await api.exited).toBe(1);
      expect(api.stderr().trim()).toBe(`PORT ${port} is in use on 127.0.0.1: set PORT to a free port`);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  }, 300_000);
});
