import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { collectGarbage, needsInitdb, PGLITE_MEMORY } from './pglite-memory.js';
import * as schema from './schema/index.js';

type Schema = typeof schema;
/** The database, whichever driver is underneath: the rest of the code sees one PostgreSQL dialect. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Use cases take either, so that one can call another inside the caller's transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** For PostgreSQL: the pool, which the benchmark's bare server shares. */
  pool: pg.Pool | null;
  /** Brings the schema up to date (safe to re-run, safe for several API instances at once). */
  migrate(): Promise<void>;
  /**
   * Plain SQL for libraries that bring their own (the job queue): parameters as `$1…`, or several statements
   * separated by `;` when there are none. Outside any drizzle transaction.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /**
   * LISTENs on a channel on a connection of its own. `ready` is called once the LISTEN holds (and again
   * after each reconnection), `lost` when the connection drops: notifications sent in between are missed.
   */
  listen(channel: string, handlers: ChannelHandlers): Promise<ChannelListener>;
  close(): Promise<void>;
}

interface ChannelHandlers {
  notify(payload: string): void;
  ready(): void;
  lost(): void;
}

export interface ChannelListener {
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: use a PostgreSQL server. Otherwise PGlite. */
  url?: string | undefined;
  /** PGlite's data folder; omitted means in memory (tests). */
  dataDir?: string | undefined;
  /** PGlite in memory: start from this dump of a data folder (the tests' migrated template) instead of initdb. */
  loadDataDir?: Blob | undefined;
  /** Called with every SQL statement sent (tests count them). */
  onQuery?: ((sql: string) => void) | undefined;
  poolSize?: number | undefined;
  /**
   * A lost PostgreSQL connection (server restarted, connection terminated): the pool drops the connection
   * and opens a new one for the next query; this hears of it. Without a listener the error would end the
   * process.
   */
  onConnectionError?: ((error: Error) => void) | undefined;
}

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');

/** Opens the database and brings its schema up to date (safe to re-run, safe for several API instances). */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = await connectDatabase(options);
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/**
 * The database without touching its schema. For PostgreSQL nothing connects yet: the pool connects on the
 * first query, so a server may start before its database is reachable and migrate once it is.
 */
export async function connectDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const logger: Logger | undefined = options.onQuery && { logQuery: (query) => options.onQuery?.(query) };
  if (options.url) {
    const pool = new ReleasingPool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // An unreachable server fails a query within seconds rather than holding it until the caller gives up.
      connectionTimeoutMillis: 5000,
      keepAlive: true,
    });
    const onError = (error: Error) => options.onConnectionError?.(error);
    // An idle connection that dies reaches the pool; one that dies while checked out (inside a transaction)
    // reaches only its client: both need a listener, or Node ends the process on an unhandled 'error'.
    pool.on('error', onError);
    pool.on('connect', (client) => client.on('error', onError));
    const db = drizzlePg(pool, { schema, logger }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      pool,
      migrate: () => migrateWithLock(pool),
      executeSql: async (text, values) => ({ rows: (await pool.query(text, values)).rows }),
      listen: (channel, handlers) => listenOnPostgres(options.url!, channel, handlers),
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const initdb = needsInitdb(options.dataDir);
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    ...PGLITE_MEMORY,
  });
  if (initdb) collectGarbage();
  const pgliteDb = drizzlePglite(client, { schema, logger });
  return {
    db: pgliteDb as unknown as Database,
    driver: 'pglite',
    pool: null,
    migrate: async () => {
      await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    // PGlite's query takes one statement; exec takes several (without parameters) and answers each.
    executeSql: async (text, values) =>
      values?.length
        ? { rows: (await client.query<Record<string, unknown>>(text, values)).rows }
        : { rows: ((await client.exec(text)).at(-1)?.rows ?? []) as Record<string, unknown>[] },
    listen: async (channel, handlers) => {
      const unlisten = await client.listen(channel, handlers.notify);
      handlers.ready();
      return { close: () => unlisten() };
    },
    close: () => client.close(),
  };
}

/**
 * drizzle (0.45) sends a transaction's BEGIN before entering the try/finally that releases its client: when the
 * connection dies at that moment, the client is never given back, and the pool is one connection short for
 * good (enough of those and every request waits forever). This pool releases a client whose first statement
 * after checkout fails; the caller's own release of it then does nothing.
 */
class ReleasingPool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads (a callback form that pool.query uses, and a promise form)
  override connect(callback?: any): any {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => {
      client.query = ((...args: unknown[]) => {
        // Only the first statement: from then on the client's own method, from its prototype.
        delete (client as { query?: unknown }).query;
        const result = (client.query as (...a: unknown[]) => unknown)(...args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          const release = client.release;
          client.release = () => undefined;
          release(error instanceof Error ? error : true);
          throw error;
        });
      }) as typeof client.query;
      return client;
    });
  }
}

/**
 * A dedicated connection (outside the pool, which would hand it to queries) holding the LISTEN; when it
 * drops, a new one is tried every second until `close`.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  handlers: ChannelHandlers,
): Promise<ChannelListener> {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000 });
    const drop = () => {
      if (client !== next) return;
      client = null;
      handlers.lost();
      next.end().catch(() => undefined);
      if (!closed) retry = setTimeout(connect, 1000);
    };
    next.on('error', drop);
    next.on('end', drop);
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.notify(message.payload ?? '');
    });
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
      if (client === next) handlers.ready();
    } catch {
      drop();
    }
  };
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => undefined);
    },
  };
}

/** Two API instances starting at once must not both migrate: a session advisory lock serialises them. */
async function migrateWithLock(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(7243001)');
    await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock(7243001)').catch(() => undefined);
    client.release();
  }
}
