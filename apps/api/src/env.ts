import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultFileStoreKind,
  type FILE_STORE_KINDS,
  type FileStoreChoice,
  parseOutboundAllowList,
  STORAGE_VARIABLES,
  s3SettingsFrom,
} from '@rectify/services';
import { type DemoDates, parseDemoDates } from '@rectify/demo';
import { z } from 'zod';

// Two levels below the repository in the sources (apps/api/src) and in the bundle (apps/api/dist) alike.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: `must be a whole number from ${min} to ${max}` });
const port = () => integer(0, 65_535);
const flag = () =>
  z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');
const list = () =>
  z.string().transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * Every variable the API reads, with its check and default. Each one is also a row of the README's
 * configuration table and passes through Turborepo's `start` task (turbo.json); env.test.ts holds the three
 * together. To add a setting: a line here, a field in ApiEnv and readEnv, a row in the README.
 */
export const VARIABLES = {
  NODE_ENV: z.string().optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port().default(4000),
  // DATABASE_URL, RECTIFY_FILE_STORE and RECTIFY_S3_*: as the command line reads them.
  ...STORAGE_VARIABLES,
  RECTIFY_DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  RECTIFY_JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  RECTIFY_CORS_ORIGINS: list().optional(),
  RECTIFY_LOAD_DEMO: flag().optional(),
  RECTIFY_DEMO_DATES: z
    .string()
    .refine((v) => parseDemoDates(v) != null, { error: 'must be today, historical or a date YYYY-MM-DD' })
    .transform((v) => parseDemoDates(v)!)
    .default('today'),
  RECTIFY_MAX_BODY_BYTES: integer(1, 2 ** 31).default(1_000_000),
  RECTIFY_MAX_QUERY_DEPTH: integer(1, 1000).default(10),
  RECTIFY_MAX_QUERY_COST: integer(1, 10_000_000).default(50_000),
  RECTIFY_CONSOLE_DIR: z.string().default(path.join(repoRoot, 'apps/console/dist')),
  RECTIFY_LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  RECTIFY_LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  RECTIFY_METRICS_PORT: port().optional(),
  RECTIFY_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  RECTIFY_SHUTDOWN_GRACE_MS: integer(0, 600_000).default(10_000),
  RECTIFY_DB_POOL_SIZE: integer(1, 1000).default(10),
  RECTIFY_INTROSPECTION: flag().optional(),
  RECTIFY_TRUSTED_PROXIES: list().optional(),
  RECTIFY_ALLOWED_HOSTS: list().optional(),
  RECTIFY_JOBS: flag().default(true),
  RECTIFY_DIGEST_HOUR: integer(0, 23).default(7),
  RECTIFY_SCHEDULE_CHECK_SECONDS: integer(1, 60).default(30),
  // Checked here; read where channel secrets are sealed and opened (@rectify/services, secret-box.ts).
  RECTIFY_SECRETS_KEY: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  // Read by the services when they post (outbound-policy.ts); refused here when an entry is not understood.
  RECTIFY_OUTBOUND_ALLOW_HOSTS: z
    .string()
    .superRefine((value, ctx) => {
      try {
        parseOutboundAllowList(value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `must be host names, addresses or CIDR ranges, comma-separated: ${(error as Error).message}`,
        });
      }
    })
    .optional(),
} satisfies Record<string, z.ZodType<unknown, string | undefined>>;

/** Variables whose value is never repeated in an error or a log line. */
const SECRET_VARIABLES = new Set<string>([
  'RECTIFY_JWT_SECRET',
  'DATABASE_URL',
  'RECTIFY_S3_SECRET_ACCESS_KEY',
  'RECTIFY_SECRETS_KEY',
]);

/** Every setting the API reads from the environment, validated once at start. */
export interface ApiEnv {
  production: boolean;
  host: string;
  port: number;
  /** PostgreSQL when set; otherwise PGlite in `dataDir/pglite`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where evidence files live: the database or a bucket (shared by every server), or the data folder. */
  fileStore: FileStoreChoice;
  /** Set explicitly; otherwise (outside production) the data folder's own secret, see jwt-secret.ts. */
  jwtSecret: string | undefined;
  corsOrigins: string[];
  maxBodyBytes: number;
  /** Load the demo ledger and accounts into an empty database on start. */
  loadDemo: boolean;
  /** Where the demo's dates are placed when it is loaded: relative to today, the seed's own, or a given day. */
  demoDates: DemoDates;
  /** The built console, served at `/`. */
  consoleDir: string;
  maxQueryDepth: number;
  maxQueryCost: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** JSON lines in production, human-readable lines otherwise (unless set). */
  logFormat: 'json' | 'pretty';
  /** Prometheus metrics on their own listener; null when off (the default). */
  metrics: { host: string; port: number } | null;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
  poolSize: number;
  /** Schema introspection for signed-in callers; anonymous callers never have it. */
  introspection: boolean;
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or loopback/linklocal/uniquelocal). */
  trustedProxies: string[];
  /** Host names the server answers to besides loopback names and IP addresses (DNS rebinding). */
  allowedHosts: string[];
  /**
   * Background work through the job queue in this process (taking jobs, scheduling the daily digest at
   * `digestHour` o'clock China time, looking at the schedule every `scheduleCheckSeconds`); null when off.
   */
  jobs: { digestHour: number; scheduleCheckSeconds: number } | null;
}

/** A wrong environment: one line per wrong value, naming the variable. */
export class EnvError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'EnvError';
  }
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  // An empty value counts as unset (as in most .env files and container definitions).
  const given = Object.fromEntries(
    Object.keys(VARIABLES).flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
  );
  const parsed = z.object(VARIABLES).safeParse(given);
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const shown = SECRET_VARIABLES.has(name) ? '' : ` (got ${JSON.stringify(given[name])})`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const v = parsed.data;
  const production = v.NODE_ENV === 'production';
  const fileStore = fileStoreOf(
    v.RECTIFY_FILE_STORE ?? defaultFileStoreKind(v.DATABASE_URL),
    path.resolve(v.RECTIFY_DATA_DIR),
    given,
  );
  if (production && !v.RECTIFY_JWT_SECRET) {
    throw new EnvError([
      'RECTIFY_JWT_SECRET must be set to a random string of at least 32 characters in production',
    ]);
  }
  return {
    production,
    host: v.HOST,
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    dataDir: path.resolve(v.RECTIFY_DATA_DIR),
    fileStore,
    jwtSecret: v.RECTIFY_JWT_SECRET,
    corsOrigins:
      v.RECTIFY_CORS_ORIGINS ?? (production ? [] : ['http://localhost:5173', 'http://127.0.0.1:5173']),
    maxBodyBytes: v.RECTIFY_MAX_BODY_BYTES,
    loadDemo: v.RECTIFY_LOAD_DEMO ?? !production,
    demoDates: v.RECTIFY_DEMO_DATES,
    consoleDir: path.resolve(v.RECTIFY_CONSOLE_DIR),
    maxQueryDepth: v.RECTIFY_MAX_QUERY_DEPTH,
    maxQueryCost: v.RECTIFY_MAX_QUERY_COST,
    logLevel: v.RECTIFY_LOG_LEVEL,
    logFormat: v.RECTIFY_LOG_FORMAT ?? (production ? 'json' : 'pretty'),
    metrics:
      v.RECTIFY_METRICS_PORT === undefined
        ? null
        : { host: v.RECTIFY_METRICS_HOST, port: v.RECTIFY_METRICS_PORT },
    shutdownGraceMs: v.RECTIFY_SHUTDOWN_GRACE_MS,
    poolSize: v.RECTIFY_DB_POOL_SIZE,
    introspection: v.RECTIFY_INTROSPECTION ?? !production,
    trustedProxies: v.RECTIFY_TRUSTED_PROXIES ?? [],
    allowedHosts: v.RECTIFY_ALLOWED_HOSTS ?? [],
    jobs: v.RECTIFY_JOBS
      ? { digestHour: v.RECTIFY_DIGEST_HOUR, scheduleCheckSeconds: v.RECTIFY_SCHEDULE_CHECK_SECONDS }
      : null,
  };
}

/** The file store the settings choose; a bucket needs its RECTIFY_S3_* settings. */
function fileStoreOf(
  kind: (typeof FILE_STORE_KINDS)[number],
  dataDir: string,
  given: Record<string, string | undefined>,
): FileStoreChoice {
  if (kind === 'database') return { kind };
  if (kind === 'folder') return { kind, dataDir };
  try {
    return { kind, s3: s3SettingsFrom(given) };
  } catch (error) {
    throw new EnvError([(error as Error).message]);
  }
}

/** The settings as a log line can show them: secrets replaced by whether they are set. */
export function describeEnv(env: ApiEnv): Record<string, unknown> {
  const { jwtSecret, databaseUrl, fileStore, ...rest } = env;
  return {
    ...rest,
    fileStore:
      fileStore.kind === 's3'
        ? { kind: 's3', bucket: fileStore.s3.bucket, endpoint: fileStore.s3.endpoint }
        : fileStore.kind,
    signingSecret: jwtSecret ? 'RECTIFY_JWT_SECRET' : "the data folder's own",
    database: databaseUrl ? redactUrl(databaseUrl) : 'pglite',
  };
}

/** A connection string without its password. */
const redactUrl = (url: string) => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
};
