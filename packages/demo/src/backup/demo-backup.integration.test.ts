import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closureRequests, extensionRequests, tasks, users } from '@rectify/db';
import { createTestDatabase, snapshotTables, type TestDatabase } from '@rectify/db/testing';
import { userActor } from '@rectify/domain';
import {
  approveClosureRequest,
  endorseClosureRequest,
  intakeClueCase,
  LocalFileStore,
  reportProgress,
  requestClosure,
  restoreBackup,
  uploadEvidence,
  writeBackup,
} from '@rectify/services';
import { contextFor, flipByteOfEntry, rewriteArchive } from '@rectify/services/testing';
import { and, eq, notExists, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestDatabase } from '../testing/demo-test-database.js';

// The demo ledger after a day's work, backed up and restored into an empty database: the same in every table,
// row and column, and in every file.
let source: TestDatabase;
let target: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'rectify-demo-backup-'));
const archive = path.join(dir, 'demo.zip');
const sourceFiles = new LocalFileStore(path.join(dir, 'source-files'));
const targetFiles = new LocalFileStore(path.join(dir, 'target-files'));

/** Every stored file, by its path under the store: content-addressed, so equal paths hold equal bytes. */
function storedFiles(store: LocalFileStore): Map<string, Buffer> {
  if (!existsSync(store.root)) return new Map();
  const names = readdirSync(store.root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /[0-9a-f]{64}$/.test(name))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(store.root, name))]));
}

async function actor(username: string) {
  const [user] = await source.db.select().from(users).where(eq(users.username, username));
  return userActor(user!.role, user!.id, user!);
}

/** A day's work on the demo ledger, through the use cases. */
async function workflowActivity(): Promise<void> {
  const [unit, leader, office, discipline] = await Promise.all(
    ['unit', 'leader', 'office', 'discipline'].map(actor),
  );
  const now = { now: new Date('2018-11-27T10:00:00+08:00') };
  const [task] = await source.db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.status, 'IN_PROGRESS'),
        eq(tasks.leadUnitId, unit!.unitId!),
        eq(tasks.leaderId, leader!.leaderId!),
        notExists(
          source.db
            .select()
            .from(closureRequests)
            .where(
              and(
                eq(closureRequests.taskId, tasks.id),
                or(
                  eq(closureRequests.status, 'PENDING_ENDORSEMENT'),
                  eq(closureRequests.status, 'PENDING_APPROVAL'),
                ),
              ),
            ),
        ),
        notExists(source.db.select().from(extensionRequests).where(eq(extensionRequests.taskId, tasks.id))),
      ),
    )
    .orderBy(tasks.id)
    .limit(1);
  const ctx = (who: typeof unit) => contextFor(source.db, who!, now);
  const { progressReport } = await reportProgress(ctx(unit), {
    taskId: task!.id,
    period: '2018-11-01',
    text: '整改任务已全部完成,长效机制已建立。',
    percent: 100,
  });
  await uploadEvidence(ctx(unit), {
    taskId: task!.id,
    progressReportId: progressReport.id,
    fileName: '整改完成情况报告.pdf',
    contentType: 'application/pdf',
    content: new TextEncoder().encode('%PDF-1.4\n% 整改完成情况报告\n%%EOF\n'),
    files: sourceFiles,
  });
  const { closureRequest } = await requestClosure(ctx(unit), { taskId: task!.id, statement: '已完成整改。' });
  const endorsed = await endorseClosureRequest(ctx(leader), {
    id: closureRequest.id,
    version: closureRequest.version,
    decision: 'APPROVE',
  });
  await approveClosureRequest(ctx(office), {
    id: closureRequest.id,
    version: endorsed.closureRequest.version,
    decision: 'APPROVE',
  });
  await intakeClueCase(ctx(discipline), {
    source: 'DIRECT_REPORT',
    kind: 'PROBLEM_CLUE',
    receivedDate: '2018-11-27',
    summary: '反映某街道违规发放补贴',
    subject: '王某某',
    informant: '实名举报人',
  });
}

beforeAll(async () => {
  [source, target] = await Promise.all([createDemoTestDatabase(sourceFiles), createTestDatabase()]);
  await workflowActivity();
  await writeBackup(source.db, { file: archive, files: sourceFiles });
}, 600_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Refused, with the target's tables and files as they were. */
async function refused(file: string, message: RegExp, force = false): Promise<void> {
  const [before, filesBefore] = [await snapshotTables(target.db), storedFiles(targetFiles)];
  await expect(restoreBackup(target.db, { file, files: targetFiles, force })).rejects.toThrow(message);
  expect(await snapshotTables(target.db)).toEqual(before);
  expect(storedFiles(targetFiles)).toEqual(filesBefore);
}

/** The three kinds of damage: a byte changed on disk, a file missing, a row count that does not match. */
async function damagedArchives(): Promise<[string, RegExp][]> {
  const flipped = path.join(dir, 'flipped.zip');
  await flipByteOfEntry(archive, flipped, 'tables/audit_events.jsonl');
  const missingFile = path.join(dir, 'missing-file.zip');
  await rewriteArchive(archive, missingFile, (entries) => {
    entries.delete([...entries.keys()].find((name) => name.startsWith('files/'))!);
  });
  const wrongCount = path.join(dir, 'wrong-count.zip');
  await rewriteArchive(archive, wrongCount, (entries) => {
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    manifest.tables.find((t: { name: string }) => t.name === 'progress_reports').rows -= 1;
    entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  });
  return [
    [flipped, /damaged: tables\/audit_events\.jsonl/],
    [missingFile, /incomplete: files\/[0-9a-f]{64} is missing/],
    [wrongCount, /damaged: tables\/progress_reports\.jsonl \(\d+ rows where the manifest lists/],
  ];
}

describe(`the demo ledger backed up and restored (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('refuses damaged archives, leaving the empty database empty', async () => {
    for (const [file, message] of await damagedArchives()) await refused(file, message);
    expect(storedFiles(targetFiles).size).toBe(0);
  });

  it('restores into an empty database: every table, row and column, and every file', async () => {
    const { manifest } = await restoreBackup(target.db, { file: archive, files: targetFiles });
    const [original, copy] = [await snapshotTables(source.db), await snapshotTables(target.db)];
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    for (const table of Object.keys(original)) expect(copy[table], table).toEqual(original[table]);
    expect(original.tasks).toHaveLength(183);
    expect(original.clue_cases!.length).toBeGreaterThan(1);

    const files = storedFiles(sourceFiles);
    expect(manifest.files.length).toBe(files.size);
    expect(files.size).toBeGreaterThan(1);
    expect(storedFiles(targetFiles)).toEqual(files);
  });

  it('refuses to restore into a database that holds data, unless forced', async () => {
    await refused(archive, /the database is not empty/);
    await restoreBackup(target.db, { file: archive, files: targetFiles, force: true });
    expect(await snapshotTables(target.db)).toEqual(await snapshotTables(source.db));
  });

  it('refuses damaged archives even when forced, leaving the data as it was', async () => {
    for (const [file, message] of await damagedArchives()) await refused(file, message, true);
  });
});
