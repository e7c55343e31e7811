import path from 'node:path';
import { type Database, storedFiles as fileRows } from '@rectify/db';
import { createTestDatabase, snapshotTables, type TestDatabase } from '@rectify/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupWorkspace, SLOW, storedFiles } from '../support/backup-fixture.js';
import { runCli as cli } from '../support/cli-process.js';

// The PostgreSQL pass (`pnpm test:pg`, DATABASE_URL set): an embedded backup moves onto a server and back.
const { folder, original } = backupWorkspace('rectify-cli-backup-pg-');

/** The sha256 of every file a database's file store holds, and of every file a data folder holds. */
const hashesIn = async (db: Database) => (await db.select().from(fileRows)).map((f) => f.sha256).sort();
const hashesOf = (dataDir: string) => [...storedFiles(dataDir).keys()].map((name) => path.basename(name));

describe('pnpm cli backup / restore on PostgreSQL', () => {
  let server: TestDatabase;
  let copy: TestDatabase;
  beforeAll(async () => {
    [server, copy] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([server?.close(), copy?.close()]);
  });

  it(
    'moves an embedded backup onto a server, then backs the server up and restores it into another',
    async () => {
      await cli({ dataDir: folder('source') }, 'backup', folder('embedded.zip'));
      const onServer = { dataDir: folder('server'), databaseUrl: server.url! };
      await cli(onServer, 'restore', folder('embedded.zip'));
      expect(await snapshotTables(server.db)).toEqual(original());
      await cli(onServer, 'backup', folder('server.zip'));
      const onCopy = { dataDir: folder('copy'), databaseUrl: copy.url! };
      await cli(onCopy, 'restore', folder('server.zip'));
      expect(await snapshotTables(copy.db)).toEqual(original());
      // With DATABASE_URL the files are kept in the database, where every server sees them.
      expect(await hashesIn(copy.db)).toEqual(hashesOf(folder('source')));
      expect(storedFiles(onCopy.dataDir).size).toBe(0);
    },
    SLOW,
  );

  it(
    "moves a server's data folder files into its database, and can run again",
    async () => {
      const target = await createTestDatabase();
      try {
        const inFolder = {
          dataDir: folder('folder-store'),
          databaseUrl: target.url!,
          env: { RECTIFY_FILE_STORE: 'folder' },
        };
        await cli(inFolder, 'restore', folder('embedded.zip'));
        expect(await hashesIn(target.db)).toEqual([]);
        const first = await cli(inFolder, 'copy-files-to-database');
        expect(first.stdout).toMatch(/files referenced 2 {2}copied 2 {2}already there 0/);
        expect(await hashesIn(target.db)).toEqual(hashesOf(folder('source')));
        const again = await cli(inFolder, 'copy-files-to-database');
        expect(again.stdout).toMatch(/files referenced 2 {2}copied 0 {2}already there 2/);
      } finally {
        await target.close();
      }
    },
    SLOW,
  );
});
