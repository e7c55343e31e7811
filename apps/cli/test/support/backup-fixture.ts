import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, evidence, openDatabase } from '@rectify/db';
import { makeInspection, makeIssue, makeTask, makeUnit, snapshotTables } from '@rectify/db/testing';
import { localFileStore } from '@rectify/services';
import { afterAll, beforeAll } from 'vitest';

/** The embedded database of a data folder, opened while no command runs. */
export async function embedded<T>(dataDir: string, use: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  try {
    return await use(handle.db);
  } finally {
    await handle.close();
  }
}

/** Every stored file of a data folder, by path (content-addressed: equal paths hold equal bytes). */
export function storedFiles(dataDir: string): Map<string, Buffer> {
  const files = path.join(dataDir, 'files');
  if (!existsSync(files)) return new Map();
  const names = readdirSync(files, { recursive: true, encoding: 'utf8' }).filter((n) =>
    /[0-9a-f]{64}$/.test(n),
  );
  return new Map(names.sort().map((name) => [name, readFileSync(path.join(files, name))]));
}

/**
 * A small ledger with two evidence files, written straight into a data folder's embedded database and files.
 * Resolves with its tables, to compare a restored copy with.
 */
function writeSmallLedger(dataDir: string): Promise<Record<string, string[]>> {
  return embedded(dataDir, async (db) => {
    const store = localFileStore(dataDir);
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
}

/** Each command is a process of its own (tsx, the database): slow on a busy machine; the timeout catches a hang. */
export const SLOW = 240_000;

/**
 * A test file's folders, removed after it, with the small ledger written into `source` before its tests.
 * `original()` is that ledger's tables.
 */
export function backupWorkspace(prefix: string) {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const folder = (name: string) => path.join(root, name);
  let tables: Record<string, string[]> = {};
  beforeAll(async () => {
    tables = await writeSmallLedger(folder('source'));
  }, SLOW);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return { folder, original: () => tables };
}
