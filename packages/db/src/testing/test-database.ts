import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../client.js';

export interface TestDatabase extends DatabaseHandle {
  /** SQL statements sent since the last reset, for tests that bound them. */
  statements: string[];
  /** For PostgreSQL: the new database's connection string (a child process may open it too). */
  url?: string;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default; with DATABASE_URL, a new
 * PostgreSQL database created for the file and dropped when it closes.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const statements: string[] = [];
  const onQuery = (sql: string) => statements.push(sql);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ onQuery });
    return { ...handle, statements };
  }
  const name = `rectify_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), onQuery, poolSize: 4 });
  return {
    ...handle,
    statements,
    url: url.toString(),
    async close() {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
