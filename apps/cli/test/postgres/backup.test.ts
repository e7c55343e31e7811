import { createTestDatabase, snapshotTables, type TestDatabase } from '@rectify/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupWorkspace, SLOW, storedFiles } from '../support/backup-fixture.js';
import { runCli as cli } from '../support/cli-process.js';

// The PostgreSQL pass (`pnpm test:pg`, DATABASE_URL set): an embedded backup moves onto a server and back.
const { folder, original } = backupWorkspace('rectify-cli-backup-pg-');

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
      expect(storedFiles(onCopy.dataDir)).toEqual(storedFiles(folder('source')));
    },
    SLOW,
  );
});
