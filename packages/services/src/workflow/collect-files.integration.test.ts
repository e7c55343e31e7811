import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectUnreferencedFiles } from './collect-files.js';
import { DatabaseFileStore } from './database-file-store.js';
import { type FileStore, LocalFileStore, sha256Of } from './file-store.js';
import { S3FileStore, s3Client } from './s3-file-store.js';
import { pdf, type WorkflowFixture, workflowFixture } from './test-fixture.js';
import { uploadEvidence } from './upload-evidence.js';

// The clean-up of bytes no record refers to, on each store: the folder, an S3 bucket (s3rver on a free
// port) and the database. A referenced file stays; an orphan goes, unless it is too recent to judge.
let f: WorkflowFixture;
let s3: S3rver;
const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'rectify-gc-'));
  folders.push(folder);
  return folder;
};
let endpoint = '';
beforeAll(async () => {
  f = await workflowFixture();
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: tempFolder(),
    configureBuckets: [{ name: 'evidence', configs: [] }],
  });
  endpoint = `http://127.0.0.1:${((await s3.run()) as AddressInfo).port}`;
});
afterAll(async () => {
  await s3?.close();
  await f?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ['the data folder', () => new LocalFileStore(tempFolder())],
  [
    'an S3 bucket',
    () =>
      new S3FileStore(
        s3Client({
          bucket: 'evidence',
          endpoint,
          region: 'us-east-1',
          accessKeyId: 'S3RVER',
          secretAccessKey: 'S3RVER',
        }),
        'evidence',
      ),
  ],
  ['the database', () => new DatabaseFileStore(f.t.db)],
];

const hashesIn = async (store: FileStore) => {
  const hashes: string[] = [];
  for await (const file of store.list()) hashes.push(file.sha256);
  return hashes.sort();
};

describe.each(stores)('collecting unreferenced files in %s', (name, open) => {
  it('lists the orphans on a dry run, then removes them and keeps what records refer to', async () => {
    const store = open();
    const task = await f.newTask();
    const { evidence } = await uploadEvidence(f.ctx(f.as.unit), {
      taskId: task.id,
      fileName: '整改报告.pdf',
      contentType: 'application/pdf',
      content: pdf(`kept in ${name}`),
      files: store,
    });
    const orphan = await store.put(pdf(`orphan in ${name}`));
    const later = new Date(Date.now() + 60_000);

    const dry = await collectUnreferencedFiles(f.t.db, store, { storedBefore: later, dryRun: true });
    expect(dry.removed.map((file) => file.sha256)).toEqual([orphan.sha256]);
    expect(dry.removed[0]!.size).toBe(orphan.size);
    expect(await hashesIn(store)).toContain(orphan.sha256);

    // Stored after the cut-off: an upload that may still be committing its record is left alone.
    const young = await collectUnreferencedFiles(f.t.db, store, {
      storedBefore: new Date(Date.now() - 3_600_000),
      dryRun: false,
    });
    expect(young.removed).toEqual([]);
    expect(young.recent).toBeGreaterThanOrEqual(1);

    const done = await collectUnreferencedFiles(f.t.db, store, { storedBefore: later, dryRun: false });
    expect(done.removed.map((file) => file.sha256)).toEqual([orphan.sha256]);
    const left = await hashesIn(store);
    expect(left).not.toContain(orphan.sha256);
    expect(left).toContain(evidence.sha256);
    expect(evidence.sha256).toBe(sha256Of(pdf(`kept in ${name}`)));
    expect(await store.open(orphan.sha256)).toBeNull();
    expect(
      (await collectUnreferencedFiles(f.t.db, store, { storedBefore: later, dryRun: false })).removed,
    ).toEqual([]);
  });
});
