import { snapshotTables } from '@rectify/db/testing';
import { describe, expect, it } from 'vitest';
import { backupWorkspace, embedded, SLOW, storedFiles } from './support/backup-fixture.js';
import { failure, runCli as cli } from './support/cli-process.js';

// `pnpm cli backup` and `pnpm cli restore` as an operator runs them, on the data folder RECTIFY_DATA_DIR names
// (the embedded database and the stored files). test/postgres moves the same backup onto a PostgreSQL server.
const { folder, original } = backupWorkspace('rectify-cli-backup-');
const archive = folder('rectify.zip');

describe('pnpm cli backup / restore on the embedded database', () => {
  const source = { dataDir: folder('source') };
  const target = { dataDir: folder('target') };

  it(
    'writes a backup, and never overwrites one',
    async () => {
      const { stdout } = await cli(source, 'backup', archive);
      expect(stdout).toMatch(/备份 backup → .*rectify\.zip {2}\d+ bytes/);
      expect(stdout).toMatch(/tables \d+ {2}rows \d+ {2}files 2 \(\d+ bytes\)/);
      const again = await failure(cli(source, 'backup', archive));
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toMatch(/^[^\n]*rectify\.zip exists: a backup never overwrites a file$/);
    },
    SLOW,
  );

  it(
    'restores it into an empty data folder: the same tables and files',
    async () => {
      const { stdout } = await cli(target, 'restore', archive);
      expect(stdout).toMatch(/恢复 restored ← .*rectify\.zip/);
      expect(await embedded(target.dataDir, snapshotTables)).toEqual(original());
      expect(storedFiles(target.dataDir)).toEqual(storedFiles(source.dataDir));
      expect(storedFiles(target.dataDir).size).toBe(2);
    },
    SLOW,
  );

  it(
    'refuses a database that holds data in one line, and replaces it with --force',
    async () => {
      const refused = await failure(cli(target, 'restore', archive));
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(
        /the database is not empty \(.*\): restore --force replaces all of its data/,
      );
      const { stdout } = await cli(target, 'restore', archive, '--force');
      expect(stdout).toMatch(/replaced the data of \d+ tables/);
      expect(await embedded(target.dataDir, snapshotTables)).toEqual(original());
    },
    SLOW,
  );

  it(
    'says how to call it',
    async () => {
      const wrong = await failure(cli(target, 'restore', archive, '--frobnicate'));
      expect(wrong.stderr).toMatch(/usage: pnpm cli restore FILE \[--force\]/);
    },
    SLOW,
  );
});
