import type { AddressInfo } from 'node:net';
import type { Database, DatabaseHandle } from '@rectify/db';
import { createTestDatabase } from '@rectify/db/testing';
import type { DemoDates } from '@rectify/demo';
import { createDemoTestDatabase } from '@rectify/demo/testing';
import { type Role, systemActor } from '@rectify/domain';
import {
  type AuthConfig,
  createJobQueue,
  createUser,
  DEFAULT_AUTH_LIMITS,
  type JobQueue,
  type JobQueueOptions,
  localFileStore,
  login,
  startDeliveryPump,
} from '@rectify/services';
import { createRectifyServer } from '../http/server.js';

export const TEST_AUTH: AuthConfig = {
  jwtSecret: 'rectify-test-secret-rectify-test-secret',
  ...DEFAULT_AUTH_LIMITS,
};

interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fieldErrors?: unknown } }[];
}

export interface TestApi {
  url: string;
  db: Database;
  /** The test database's connection string on PostgreSQL (null on PGlite), for handles of a test's own. */
  databaseUrl: string | null;
  /** SQL statements sent so far (reset it with `statements.length = 0`). */
  statements: string[];
  /** The job queue the server works, when asked for. */
  jobs: JobQueue | null;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; locale?: string },
  ): Promise<GraphQLResult<T>>;
  /** A signed-in user of the role (created on first use), returned as a bearer token. */
  tokenFor(
    role: Exclude<Role, 'PARTNER'>,
    bindings?: { unitId?: number; leaderId?: number },
  ): Promise<string>;
  /** The same database through a second server with other settings: its `gql`. */
  alsoServe(settings: ServerSettings): Promise<TestApi['gql']>;
  /**
   * As alsoServe, with the server's address too; through `handle` when given (a pool and listening
   * connections of its own, as another API process has).
   */
  alsoServeAt(
    settings: ServerSettings,
    handle?: DatabaseHandle,
  ): Promise<{ url: string; gql: TestApi['gql'] }>;
  close(): Promise<void>;
}

type ServerSettings = Partial<Parameters<typeof createRectifyServer>[2]>;

let userCounter = 0;

/**
 * The real API on a fresh database (PGlite, or PostgreSQL with DATABASE_URL), listening on a free port:
 * for integration tests of the API and browser tests of the console.
 */
export async function startTestApi(
  options: {
    demo?: boolean;
    /** Where the demo's dates are placed: the seed's own (2018) unless a test needs them near today. */
    demoDates?: DemoDates;
    consoleDir?: string;
    production?: boolean;
    directAnswers?: boolean;
    /** Server settings beyond the defaults above (trusted proxies, allowed hosts, introspection …). */
    settings?: ServerSettings;
    auth?: Partial<AuthConfig>;
    /** Run a job queue on the database, as a server with RECTIFY_JOBS does. */
    jobs?: JobQueueOptions;
  } = {},
): Promise<TestApi> {
  // The demo ledger comes from its template; its evidence files go where the server reads files from.
  const database = options.demo
    ? await createDemoTestDatabase(localFileStore(), options.demoDates)
    : await createTestDatabase();
  // The queue writes generated files where the server reads them.
  const files = options.settings?.files ?? localFileStore(options.settings?.dataDir);
  const jobs = options.jobs ? createJobQueue(database, { files, ...options.jobs }) : null;
  await jobs?.start();
  const pump = jobs ? startDeliveryPump(database.db, jobs, { intervalMs: 100 }) : null;
  const serve = async (overrides: ServerSettings, handle: DatabaseHandle = database) => {
    const { server, stop } = await createRectifyServer(
      handle,
      { ...TEST_AUTH, ...options.auth },
      {
        production: options.production ?? false,
        corsOrigins: [],
        maxBodyBytes: 1_000_000,
        consoleDir: options.consoleDir ?? '/nonexistent',
        maxQueryDepth: 10,
        maxQueryCost: 50_000,
        directAnswers: options.directAnswers,
        jobs,
        ...options.settings,
        ...overrides,
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const gql: TestApi['gql'] = async (query, variables = {}, opts = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': opts.locale ?? 'zh-CN',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    };
    return { url, gql, stop };
  };
  const { url, gql, stop } = await serve({});
  const others: (() => Promise<void>)[] = [];

  const tokens = new Map<string, string>();
  const alsoServeAt = async (settings: ServerSettings, handle?: DatabaseHandle) => {
    const other = await serve(settings, handle);
    others.push(other.stop);
    return { url: other.url, gql: other.gql };
  };
  return {
    url,
    db: database.db,
    databaseUrl: database.url ?? null,
    statements: database.statements,
    jobs,
    gql,
    async tokenFor(role, bindings = {}) {
      const key = `${role}:${bindings.unitId ?? ''}:${bindings.leaderId ?? ''}`;
      const known = tokens.get(key);
      if (known) return known;
      const username = `t${++userCounter}-${role.toLowerCase()}`;
      const ctx = {
        db: database.db,
        actor: systemActor('ADMIN'),
        locale: 'zh' as const,
        now: () => new Date(),
      };
      await createUser(ctx, {
        username,
        displayName: username,
        password: 'correct horse battery',
        role,
        ...bindings,
      });
      const session = await login(database.db, TEST_AUTH, {
        username,
        password: 'correct horse battery',
        address: '127.0.0.1',
        now: new Date(),
      });
      tokens.set(key, session.accessToken);
      return session.accessToken;
    },
    async alsoServe(settings) {
      return (await alsoServeAt(settings)).gql;
    },
    alsoServeAt,
    async close() {
      for (const other of others) await other();
      await stop();
      await pump?.stop();
      await jobs?.stop(1000);
      await database.close();
    },
  };
}
