import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { evidence, queryRows, readTablePlans, tasks, units } from '@rectify/db';
import { createTestDatabase, snapshotTables, type TestDatabase } from '@rectify/db/testing';
import { getTableName, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeClueCase } from '../clues/intake-clue-case.js';
import { reportProgress } from '../ledger/report-progress.js';
import { flipByteOfEntry, rewriteArchive } from '../testing/backup-archives.js';
import { approveClosureRequest } from '../workflow/approve-closure-request.js';
import { endorseClosureRequest } from '../workflow/endorse-closure-request.js';
import { LocalFileStore, sha256Of } from '../workflow/file-store.js';
import { requestClosure } from '../workflow/request-closure.js';
import { pdf, type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { uploadEvidence } from '../workflow/upload-evidence.js';
import { restoreBackup } from './restore-backup.js';
import { referencedFiles, storedFileColumns } from './stored-files.js';
import { writeBackup } from './write-backup.js';

// A small ledger with workflow activity and evidence files, backed up and restored into other databases.
let f: WorkflowFixture;
let empty: TestDatabase;
let restored: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'rectify-backup-'));
// In a folder that does not exist yet: the backup creates it.
const archive = path.join(dir, 'backups', 'ledger.zip');
const store = (name: string) => new LocalFileStore(path.join(dir, name));
const storeFiles = (name: string) =>
  existsSync(path.join(dir, name)) ? readdirSync(path.join(dir, name), { recursive: true }).length : 0;

beforeAll(async () => {
  [f, empty, restored] = await Promise.all([workflowFixture(), createTestDatabase(), createTestDatabase()]);
  const task = await f.newTask();
  const { progressReport } = await reportProgress(f.ctx(f.as.unit), {
    taskId: task.id,
    period: '2018-11-01',
    text: '已完成排查,形成整改报告',
    percent: 100,
  });
  await uploadEvidence(f.ctx(f.as.unit), {
    taskId: task.id,
    progressReportId: progressReport.id,
    fileName: '排查报告.pdf',
    contentType: 'application/pdf',
    content: pdf('排查报告'),
    files: f.files,
  });
  const { closureRequest } = await requestClosure(f.ctx(f.as.unit), {
    taskId: task.id,
    statement: '已完成整改。',
  });
  const endorsed = await endorseClosureRequest(f.ctx(f.as.leader), {
    id: closureRequest.id,
    version: closureRequest.version,
    decision: 'APPROVE',
  });
  await approveClosureRequest(f.ctx(f.as.office), {
    id: closureRequest.id,
    version: endorsed.closureRequest.version,
    decision: 'APPROVE',
  });
  // The same content on a second task: one stored file, referred to twice.
  await f.upload((await f.newTask()).id, '排查报告');
  await intakeClueCase(f.ctx(f.as.discipline), {
    source: 'PETITION_OFFICE',
    kind: 'PETITION_REPORT',
    receivedDate: '2018-09-03',
    summary: '反映某局违规发放津贴',
    subject: '张某某',
    informant: '李某',
  });
}, 300_000);
afterAll(async () => {
  await Promise.all([f?.close(), empty?.close(), restored?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** A restore that must be refused, leaving the database and its file store as they were. */
async function refused(db: TestDatabase, storeName: string, file: string, message: RegExp, force = false) {
  const before = await snapshotTables(db.db);
  const filesBefore = storeFiles(storeName);
  await expect(restoreBackup(db.db, { file, files: store(storeName), force })).rejects.toThrow(message);
  expect(await snapshotTables(db.db)).toEqual(before);
  expect(storeFiles(storeName)).toBe(filesBefore);
}

const edited = (name: string) => path.join(dir, name);
const withJson = (entries: Map<string, Buffer>, change: (manifest: Record<string, unknown>) => void) => {
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
  change(manifest);
  entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
};

describe(`backup and restore (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lists every column that names a stored file', async () => {
    const columns = await queryRows<{ name: string }>(
      f.t.db,
      sql`select table_name || '.' || column_name as name from information_schema.columns
          where table_schema = 'public' and column_name like '%sha256%'`,
    );
    expect(columns.map((c) => c.name).sort()).toEqual(
      storedFileColumns.map((column) => `${getTableName(column.table)}.${column.name}`),
    );
  });

  it('writes every table and every referenced file, with counts and checksums', async () => {
    const { bytes, manifest } = await writeBackup(f.t.db, { file: archive, files: f.files });
    expect(bytes).toBeGreaterThan(0);
    expect(manifest.tables.map((t) => t.name)).toEqual((await readTablePlans(f.t.db)).map((p) => p.name));
    const rows = await f.t.db.$count(evidence);
    expect(rows).toBe(2);
    expect(manifest.files.map((file) => file.sha256)).toEqual(await referencedFiles(f.t.db));
    expect(manifest.files).toHaveLength(1);
    expect(manifest.files[0]).toMatchObject({
      sha256: sha256Of(pdf('排查报告')),
      size: pdf('排查报告').length,
    });
    expect(manifest.tables.find((t) => t.name === 'tasks')!.rows).toBe(await f.t.db.$count(tasks));
    expect(manifest.migration.tag).toMatch(/^\d{4}_/);
  });

  it('never overwrites a file', async () => {
    await expect(writeBackup(f.t.db, { file: archive, files: f.files })).rejects.toThrow(/exists/);
  });

  it('restores into an empty database: every table, row and column, and every file', async () => {
    const { manifest, replaced } = await restoreBackup(restored.db, {
      file: archive,
      files: store('restored'),
    });
    expect(replaced).toEqual([]);
    expect(await snapshotTables(restored.db)).toEqual(await snapshotTables(f.t.db));
    for (const file of manifest.files) {
      const original = await buffer((await f.files.open(file.sha256))!.stream);
      const copy = await buffer((await store('restored').open(file.sha256))!.stream);
      expect(copy.equals(original)).toBe(true);
    }
    // New records take fresh ids.
    const [unit] = await restored.db
      .insert(units)
      .values({ name: '恢复后新建', kind: 'DISTRICT' })
      .returning();
    const [max] = await queryRows<{ id: number }>(f.t.db, sql`select max(id)::int as id from units`);
    expect(unit!.id).toBeGreaterThan(max!.id);
  });

  it('refuses a database that holds data, and replaces it all when forced', async () => {
    await refused(restored, 'restored', archive, /not empty \(.*units.*\): restore --force/);
    await restoreBackup(restored.db, { file: archive, files: store('restored'), force: true });
    expect(await snapshotTables(restored.db)).toEqual(await snapshotTables(f.t.db));
  });

  it('refuses an archive with a byte changed on disk', async () => {
    const file = edited('flipped.zip');
    await flipByteOfEntry(archive, file, 'tables/tasks.jsonl');
    await refused(empty, 'empty', file, /damaged: tables\/tasks\.jsonl/);
    await refused(restored, 'restored', file, /damaged: tables\/tasks\.jsonl/, true);
  });

  it('refuses a changed row, a wrong count, a missing or changed file', async () => {
    const cases: [string, (entries: Map<string, Buffer>) => void, RegExp][] = [
      [
        'row.zip',
        (e) =>
          e.set(
            'tables/units.jsonl',
            Buffer.from(e.get('tables/units.jsonl')!.toString().replace('南海区', '北海区')),
          ),
        /damaged: tables\/units\.jsonl \(its sha256 differs/,
      ],
      [
        'count.zip',
        (e) =>
          withJson(e, (m) => {
            const tables = m.tables as { name: string; rows: number }[];
            tables.find((t) => t.name === 'tasks')!.rows += 1;
          }),
        /damaged: tables\/tasks\.jsonl \(\d+ rows where the manifest lists/,
      ],
      [
        'missing-file.zip',
        (e) => e.delete([...e.keys()].find((name) => name.startsWith('files/'))!),
        /incomplete: files\/[0-9a-f]{64} is missing/,
      ],
      [
        'changed-file.zip',
        (e) => {
          const name = [...e.keys()].find((n) => n.startsWith('files/'))!;
          e.set(name, Buffer.concat([e.get(name)!, Buffer.from(' ')]));
        },
        /damaged: files\/[0-9a-f]{64} \(\d+ bytes where/,
      ],
      ['extra.zip', (e) => e.set('tables/extra.jsonl', Buffer.from('{}\n')), /damaged: tables\/extra\.jsonl/],
      ['no-manifest.zip', (e) => e.delete('manifest.json'), /no manifest\.json/],
      ['version.zip', (e) => withJson(e, (m) => (m.formatVersion = 2)), /format version 2/],
      [
        'migration.zip',
        (e) => withJson(e, (m) => (m.migration = { tag: '0000_initial', hash: 'f'.repeat(64) })),
        /schema migration 0000_initial/,
      ],
      ['manifest.zip', (e) => withJson(e, (m) => (m.tables = 'all')), /manifest is wrong at tables/],
    ];
    for (const [name, edit, message] of cases) {
      const file = edited(name);
      await rewriteArchive(archive, file, edit);
      await refused(empty, 'empty', file, message);
      await refused(restored, 'restored', file, message, true);
    }
  });

  it('refuses, inside the transaction, a backup whose rows name a file it lacks: a forced restore changes nothing', async () => {
    const file = edited('unlisted-file.zip');
    await rewriteArchive(archive, file, (e) => {
      const name = [...e.keys()].find((n) => n.startsWith('files/'))!;
      e.delete(name);
      withJson(e, (m) => (m.files = []));
    });
    await refused(restored, 'restored', file, /file [0-9a-f]{64} is referenced but not in it/, true);
    await refused(empty, 'empty', file, /referenced but not in it/);
  });

  it('refuses what is not an archive', async () => {
    const file = edited('not-a-zip.zip');
    writeFileSync(file, 'hello');
    await refused(empty, 'empty', file, /cannot read backup/);
    await refused(empty, 'empty', edited('absent.zip'), /cannot read backup .*absent\.zip/);
  });

  it('leaves no file when a stored file is damaged', async () => {
    const [row] = await f.t.db.select().from(evidence);
    const damaged = store('damaged');
    await damaged.put(new TextEncoder().encode('other'));
    // The damaged store answers the hash with other bytes.
    const lying = {
      put: damaged.put.bind(damaged),
      list: damaged.list.bind(damaged),
      remove: damaged.remove.bind(damaged),
      open: async () => damaged.open(sha256Of(new TextEncoder().encode('other'))),
    };
    const file = path.join(dir, 'new-folder', 'never.zip');
    await expect(writeBackup(f.t.db, { file, files: lying })).rejects.toThrow(/damaged/);
    await expect(writeBackup(f.t.db, { file, files: store('nothing') })).rejects.toThrow(
      new RegExp(`${row!.sha256} is referenced by the database but missing`),
    );
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });
});
