import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, openDatabase } from '../client.js';
import {
  databaseUrl,
  pgliteTemplateDump,
  postgresTemplate,
  type TestTemplate,
  withAdmin,
} from './template.js';

export interface TestDatabase extends DatabaseHandle {
  /** SQL statements sent since the last reset, for tests that bound them. */
  statements: string[];
  /** For PostgreSQL: the new database's connection string (a child process may open it too). */
  url?: string;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default; with DATABASE_URL, a new
 * PostgreSQL database created for the file and dropped when it closes. Both are copies of a template
 * (./template.ts): the migrated schema, or a filled template such as the demo ledger.
 */
export async function createTestDatabase(template?: TestTemplate): Promise<TestDatabase> {
  const statements: string[] = [];
  const onQuery = (sql: string) => statements.push(sql);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ onQuery, loadDataDir: await pgliteTemplateDump(template) });
    statements.length = 0;
    return { ...handle, statements };
  }
  const source = await postgresTemplate(serverUrl, template);
  const name = `rectify_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`create database ${name} template ${source}`));
  const url = databaseUrl(serverUrl, name);
  const handle = await openDatabase({ url, onQuery, poolSize: 4 });
  statements.length = 0;
  return {
    ...handle,
    statements,
    url,
    async close() {
      await handle.close();
      await withAdmin(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}
