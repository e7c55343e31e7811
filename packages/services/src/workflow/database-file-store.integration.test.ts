import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { evidence, storedFileChunks, storedFiles } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/assertions.js';
import { copyFiles } from './copy-files.js';
import { CHUNK_SIZE, DatabaseFileStore } from './database-file-store.js';
import { LocalFileStore, sha256Of } from './file-store.js';
import { openEvidence } from './open-evidence.js';
import { pdf, type WorkflowFixture, workflowFixture } from './test-fixture.js';
import { uploadEvidence } from './upload-evidence.js';

let f: WorkflowFixture;
let store: DatabaseFileStore;
const folders: string[] = [];
beforeAll(async () => {
  f = await workflowFixture();
  store = new DatabaseFileStore(f.t.db);
});
afterAll(async () => {
  await f?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const chunksOf = async (sha256: string) =>
  (await f.t.db.select().from(storedFileChunks).where(eq(storedFileChunks.sha256, sha256))).length;
const fileRow = async (sha256: string) =>
  (await f.t.db.select().from(storedFiles).where(eq(storedFiles.sha256, sha256)))[0];
/** A PDF of `size` bytes whose content is random, so each call is a new file. */
const largePdf = (size: number) => {
  const content = new Uint8Array(size);
  content.set(pdf('large'));
  content.set(randomBytes(size - 64), 64);
  return content;
};

describe('files in the database', () => {
  it('stores a file in pieces under its hash and streams it back whole', async () => {
    const content = largePdf(2 * CHUNK_SIZE + 1234);
    const stored = await store.put(content);
    expect(stored).toEqual({ sha256: sha256Of(content), size: content.length, created: true });
    expect(await chunksOf(stored.sha256)).toBe(3);
    const opened = await store.open(stored.sha256);
    expect(opened?.size).toBe(content.length);
    expect(new Uint8Array(await buffer(opened!.stream))).toEqual(content);
    expect(await store.put(content)).toEqual({ ...stored, created: false });
    expect(await chunksOf(stored.sha256)).toBe(3);
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('not a hash')).toBeNull();
  });

  it('keeps an empty file as a file without pieces', async () => {
    const stored = await store.put(new Uint8Array());
    expect(stored.size).toBe(0);
    expect((await buffer((await store.open(stored.sha256))!.stream)).length).toBe(0);
  });

  it('writes an upload in its transaction: refused or rolled back, no bytes stay behind', async () => {
    const task = await f.newTask();
    const content = largePdf(CHUNK_SIZE + 10);
    const sha256 = sha256Of(content);
    const refused = await failure(
      uploadEvidence(f.ctx(f.as.coUnit), {
        taskId: task.id,
        fileName: '报告.pdf',
        contentType: 'application/pdf',
        content,
        files: store,
      }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(await fileRow(sha256)).toBeUndefined();

    const rolledBack = f.t.db.transaction(async (tx) => {
      // (Not read from outside meanwhile: the embedded database has one connection, which the transaction holds.)
      expect((await store.put(content, tx)).created).toBe(true);
      throw new Error('the record that refers to it failed');
    });
    await expect(rolledBack).rejects.toThrow('the record that refers to it failed');
    expect(await fileRow(sha256)).toBeUndefined();
    expect(await chunksOf(sha256)).toBe(0);

    const { evidence: row } = await uploadEvidence(f.ctx(f.as.unit), {
      taskId: task.id,
      fileName: '报告.pdf',
      contentType: 'application/pdf',
      content,
      files: store,
    });
    const opened = await openEvidence(f.ctx(f.as.office), row.id, store);
    expect(new Uint8Array(await buffer(opened.stream))).toEqual(content);
  });

  it('takes the same bytes from two writers at once as one file', async () => {
    const content = largePdf(CHUNK_SIZE * 2);
    const results = await Promise.all([store.put(content), store.put(content)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await chunksOf(sha256Of(content))).toBe(2);
  });

  it('copies the files the ledger refers to from the data folder into the database, and again safely', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rectify-files-'));
    folders.push(folder);
    const target = new DatabaseFileStore(f.t.db);
    const source = new LocalFileStore(folder);
    const task = await f.newTask();
    const content = largePdf(CHUNK_SIZE + 1);
    const { evidence: row } = await uploadEvidence(f.ctx(f.as.unit), {
      taskId: task.id,
      fileName: '旧材料.pdf',
      contentType: 'application/pdf',
      content,
      files: source,
    });
    expect(await target.open(row.sha256)).toBeNull();
    const referenced = (await f.t.db.selectDistinct({ sha256: evidence.sha256 }).from(evidence)).length;
    const first = await copyFiles(f.t.db, source, target);
    expect(first.referenced).toBe(referenced);
    expect(first.copied).toBeGreaterThanOrEqual(1);
    expect(new Uint8Array(await buffer((await target.open(row.sha256))!.stream))).toEqual(content);
    const again = await copyFiles(f.t.db, source, target);
    expect(again).toEqual({ referenced, copied: 0, missing: [] });
    // A file the ledger names but no store holds is reported, not invented.
    const lost = await copyFiles(
      f.t.db,
      new LocalFileStore(path.join(folder, 'empty')),
      new LocalFileStore(path.join(folder, 'target')),
    );
    expect(lost.missing).toContain(row.sha256);
  });
});
