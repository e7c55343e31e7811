import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every setting the API reads from the environment, validated once at start. */
export interface ApiEnv {
  production: boolean;
  host: string;
  port: number;
  /** PostgreSQL when set; otherwise PGlite in `dataDir/pglite`. */
  databaseUrl: string | undefined;
  dataDir: string;
  jwtSecret: string;
  corsOrigins: string[];
  maxBodyBytes: number;
  /** Load the demo ledger and accounts into an empty database on start. */
  loadDemo: boolean;
  /** The built console, served at `/`. */
  consoleDir: string;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Schema introspection for signed-in callers; anonymous callers never have it. */
  introspection: boolean;
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or loopback/linklocal/uniquelocal). */
  trustedProxies: string[];
  /** Host names the server answers to besides loopback names and IP addresses (DNS rebinding). */
  allowedHosts: string[];
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const DEV_SECRET = 'rectify-development-secret-do-not-use-in-production';

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.RECTIFY_JWT_SECRET ?? DEV_SECRET;
  if (production && (jwtSecret === DEV_SECRET || jwtSecret.length < 32)) {
    throw new Error(
      'RECTIFY_JWT_SECRET must be set to a random string of at least 32 characters in production',
    );
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  return {
    production,
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.RECTIFY_DATA_DIR ?? path.join(repoRoot, '.data')),
    jwtSecret,
    corsOrigins: (
      env.RECTIFY_CORS_ORIGINS ?? (production ? '' : 'http://localhost:5173,http://127.0.0.1:5173')
    )
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxBodyBytes: Number(env.RECTIFY_MAX_BODY_BYTES ?? 1_000_000),
    loadDemo: (env.RECTIFY_LOAD_DEMO ?? (production ? 'false' : 'true')) === 'true',
    consoleDir: path.resolve(env.RECTIFY_CONSOLE_DIR ?? path.join(repoRoot, 'apps/console/dist')),
    maxQueryDepth: Number(env.RECTIFY_MAX_QUERY_DEPTH ?? 10),
    maxQueryCost: Number(env.RECTIFY_MAX_QUERY_COST ?? 50_000),
    introspection: (env.RECTIFY_INTROSPECTION ?? (production ? 'false' : 'true')) === 'true',
    trustedProxies: list(env.RECTIFY_TRUSTED_PROXIES),
    allowedHosts: list(env.RECTIFY_ALLOWED_HOSTS),
  };
}
