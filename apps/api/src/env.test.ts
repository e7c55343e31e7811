import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EnvError, readEnv, VARIABLES } from './env.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The lines a wrong environment is refused with. */
function refusal(env: NodeJS.ProcessEnv): string[] {
  try {
    readEnv(env);
  } catch (error) {
    if (error instanceof EnvError) return error.lines;
    throw error;
  }
  throw new Error('the environment was accepted');
}

describe('the API environment', () => {
  it('runs in development with defaults, and loads the demo', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      production: false,
      port: 4000,
      host: '127.0.0.1',
      loadDemo: true,
      demoDates: 'today',
      databaseUrl: undefined,
      jwtSecret: undefined,
      logFormat: 'pretty',
      metrics: null,
      jobs: { digestHour: 7, scheduleCheckSeconds: 30 },
    });
    expect(env.corsOrigins).toContain('http://localhost:5173');
    expect(env.dataDir).toBe(path.join(repoRoot, '.data'));
    expect(env.consoleDir).toBe(path.join(repoRoot, 'apps/console/dist'));
  });

  it('refuses to run in production without a secret, or with a short one', () => {
    expect(refusal({ NODE_ENV: 'production' })).toEqual([
      'RECTIFY_JWT_SECRET must be set to a random string of at least 32 characters in production',
    ]);
    expect(refusal({ NODE_ENV: 'production', RECTIFY_JWT_SECRET: 'short' })).toEqual([
      'RECTIFY_JWT_SECRET must be at least 32 characters',
    ]);
    const env = readEnv({ NODE_ENV: 'production', RECTIFY_JWT_SECRET: 'x'.repeat(40) });
    expect(env).toMatchObject({ production: true, loadDemo: false, corsOrigins: [], logFormat: 'json' });
  });

  it('answers every wrong value with one line that names it, and never repeats a secret', () => {
    const lines = refusal({
      PORT: 'eighty',
      RECTIFY_MAX_BODY_BYTES: '-5',
      RECTIFY_LOAD_DEMO: 'yes',
      RECTIFY_DEMO_DATES: '2026-02-30',
      RECTIFY_LOG_LEVEL: 'loud',
      RECTIFY_METRICS_PORT: '70000',
      RECTIFY_DIGEST_HOUR: '24',
      RECTIFY_OUTBOUND_ALLOW_HOSTS: '10.0.0.0/8, http://partner.cn/',
      RECTIFY_JWT_SECRET: 'hunter2',
      DATABASE_URL: 'mysql://root:pw@db/x',
    });
    expect(lines).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "eighty")',
      'DATABASE_URL must be a postgres:// connection string',
      'RECTIFY_JWT_SECRET must be at least 32 characters',
      'RECTIFY_LOAD_DEMO must be true or false (got "yes")',
      'RECTIFY_DEMO_DATES must be today, historical or a date YYYY-MM-DD (got "2026-02-30")',
      'RECTIFY_MAX_BODY_BYTES must be a whole number from 1 to 2147483648 (got "-5")',
      'RECTIFY_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'RECTIFY_METRICS_PORT must be a whole number from 0 to 65535 (got "70000")',
      'RECTIFY_DIGEST_HOUR must be a whole number from 0 to 23 (got "24")',
      'RECTIFY_OUTBOUND_ALLOW_HOSTS must be host names, addresses or CIDR ranges, comma-separated: "http://partner.cn/" is not a host name, an IP address or a CIDR range (got "10.0.0.0/8, http://partner.cn/")',
    ]);
    expect(lines.join('\n')).not.toMatch(/hunter2|pw@/);
  });

  it('places the demo’s dates as told: relative to today, the seed’s own, or a given day', () => {
    expect(readEnv({ RECTIFY_DEMO_DATES: 'historical' }).demoDates).toBe('historical');
    expect(readEnv({ RECTIFY_DEMO_DATES: '2026-12-02' }).demoDates).toBe('2026-12-02');
    expect(refusal({ RECTIFY_DEMO_DATES: 'yesterday' })).toEqual([
      'RECTIFY_DEMO_DATES must be today, historical or a date YYYY-MM-DD (got "yesterday")',
    ]);
  });

  it('reads the database, origins, limits, logs and metrics', () => {
    const env = readEnv({
      DATABASE_URL: 'postgres://x@h/db',
      RECTIFY_CORS_ORIGINS: 'https://a.example, https://b.example',
      RECTIFY_MAX_QUERY_DEPTH: '7',
      RECTIFY_LOAD_DEMO: 'false',
      RECTIFY_LOG_FORMAT: 'json',
      RECTIFY_METRICS_PORT: '9464',
      RECTIFY_DB_POOL_SIZE: '4',
      RECTIFY_DIGEST_HOUR: '6',
      RECTIFY_SCHEDULE_CHECK_SECONDS: '5',
      // An empty value counts as unset.
      PORT: '',
    });
    expect(env).toMatchObject({
      databaseUrl: 'postgres://x@h/db',
      maxQueryDepth: 7,
      corsOrigins: ['https://a.example', 'https://b.example'],
      loadDemo: false,
      logFormat: 'json',
      metrics: { host: '127.0.0.1', port: 9464 },
      poolSize: 4,
      port: 4000,
      jobs: { digestHour: 6, scheduleCheckSeconds: 5 },
    });
    expect(readEnv({ RECTIFY_JOBS: 'false', RECTIFY_DIGEST_HOUR: '6' }).jobs).toBeNull();
  });

  it('keeps files in the folder on the embedded database, in the database on PostgreSQL, or in a bucket', () => {
    expect(readEnv({}).fileStore).toEqual({ kind: 'folder', dataDir: path.join(repoRoot, '.data') });
    expect(readEnv({ DATABASE_URL: 'postgres://x@h/db' }).fileStore).toEqual({ kind: 'database' });
    const bucket = {
      RECTIFY_FILE_STORE: 's3',
      RECTIFY_S3_BUCKET: 'evidence',
      RECTIFY_S3_ENDPOINT: 'https://oss.example.cn',
      RECTIFY_S3_ACCESS_KEY_ID: 'key',
      RECTIFY_S3_SECRET_ACCESS_KEY: 'secret-value',
    };
    expect(readEnv(bucket).fileStore).toEqual({
      kind: 's3',
      s3: {
        bucket: 'evidence',
        endpoint: 'https://oss.example.cn',
        region: 'us-east-1',
        accessKeyId: 'key',
        secretAccessKey: 'secret-value',
      },
    });
    expect(refusal({ RECTIFY_FILE_STORE: 's3', RECTIFY_S3_BUCKET: 'evidence' })).toEqual([
      'RECTIFY_FILE_STORE=s3 needs RECTIFY_S3_ACCESS_KEY_ID, RECTIFY_S3_SECRET_ACCESS_KEY',
    ]);
    expect(refusal({ RECTIFY_FILE_STORE: 'disk' })).toEqual([
      'RECTIFY_FILE_STORE must be one of database, s3, folder (got "disk")',
    ]);
  });
});

describe('the README’s configuration table', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n## ', 3));
  /** Every variable named in the first column of the table's rows. */
  const documented = table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]));

  it('names exactly the variables the API reads', () => {
    expect([...documented].sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it('names only variables that Turborepo passes to `npm start` (its strict mode drops the others)', () => {
    const turbo = JSON.parse(readFileSync(path.join(repoRoot, 'turbo.json'), 'utf8')) as {
      globalEnv: string[];
      tasks: Record<string, { passThroughEnv?: string[]; env?: string[] }>;
    };
    const start = turbo.tasks.start;
    const patterns = [...turbo.globalEnv, ...(start?.env ?? []), ...(start?.passThroughEnv ?? [])].map(
      (p) => new RegExp(`^${p.replace('*', '.*')}$`),
    );
    for (const name of documented)
      expect(
        patterns.some((p) => p.test(name ?? '')),
        name,
      ).toBe(true);
  });
});
