import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Database, evidence, openDatabase } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeTask,
  makeUnit,
  snapshotTables,
  type TestDatabase,
} from '@rectify/db/testing';
import { localFileStore } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `pnpm cli backup` and `pnpm cli restore` as an operator runs them: each a process of its own, on the data
// folder RECTIFY_DATA_DIR names (the embedded database and the stored files), or on DATABASE_URL.
const run = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), 'rectify-cli-backup-'));
const folder = (name: string) => path.join(root, name);
const archive = folder('rectify.zip');
const SLOW = 240_000;

function cli(env: { dataDir: string; databaseUrl?: string }, ...args: string[]) {
  return run('npx', ['tsx', 'src/main.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: env.databaseUrl ?? '', RECTIFY_DATA_DIR: env.dataDir },
  });
}

/** What a failed command printed, and its exit code. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );

/** The embedded database of a data folder, opened while no command runs. */
async function embedded<T>(dataDir: string, use: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  try {
    return await use(handle.db);
  } finally {
    await handle.close();
  }
}

/** Every stored file of a data folder, by path (content-addressed: equal paths hold equal bytes). */
function storedFiles(dataDir: string): Map<string, Buffer> {
  const files = path.join(dataDir, 'files');
  if (!existsSync(files)) return new Map();
  const names = readdirSync(files, { recursive: true, encoding: 'utf8' }).filter((n) =>
    /[0-9a-f]{64}$/.test(n),
  );
  return new Map(names.sort().map((name) => [name, readFileSync(path.join(files, name))]));
}

let original: Record<string, string[]>;
beforeAll(async () => {
  // A small ledger with evidence files, written straight into the source folder.
  original = await embedded(folder('source'), async (db) => {
    const store = localFileStore(folder('source'));
    const unit = await makeUnit(db, { name: '市住房城乡建设局' });
    const issue = await makeIssue(db, { inspectionId: (await makeInspection(db)).id, code: '一、' });
    for (const text of ['整改报告', '会议纪要']) {
      const task = await makeTask(db, { issueId: issue.id, leadUnitId: unit.id, status: 'IN_PROGRESS' });
      const stored = await store.put(new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`));
      await db.insert(evidence).values({
        taskId: task.id,
        fileName: `${text}.pdf`,
        contentType: 'application/pdf',
        size: stored.size,
        sha256: stored.sha256,
      });
    }
    return snapshotTables(db);
  });
}, SLOW);
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The PostgreSQL pass (DATABASE_URL set) runs only the second part: the first ran in the embedded pass.
describe.skipIf(process.env.DATABASE_URL)('pnpm cli backup / restore on the embedded database', () => {
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
      expect(await embedded(target.dataDir, snapshotTables)).toEqual(original);
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
      expect(await embedded(target.dataDir, snapshotTables)).toEqual(original);
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

describe.runIf(process.env.DATABASE_URL)('pnpm cli backup / restore on PostgreSQL', () => {
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
      expect(await snapshotTables(server.db)).toEqual(original);
      await cli(onServer, 'backup', folder('server.zip'));
      const onCopy = { dataDir: folder('copy'), databaseUrl: copy.url! };
      await cli(onCopy, 'restore', folder('server.zip'));
      expect(await snapshotTables(copy.db)).toEqual(original);
      expect(storedFiles(onCopy.dataDir)).toEqual(storedFiles(folder('source')));
    },
    SLOW,
  );
});
