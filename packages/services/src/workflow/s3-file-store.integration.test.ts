import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from './file-store.js';
import { fileStoreFromEnv } from './file-store-choice.js';
import { S3FileStore, s3Client } from './s3-file-store.js';

// A real S3-protocol server on a free port of this machine (s3rver, files in a temporary folder).
let server: S3rver;
let folder: string;
let endpoint = '';
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'rectify-s3-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: folder,
    configureBuckets: [{ name: 'evidence', configs: [] }],
  });
  const { port } = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const store = () =>
  new S3FileStore(
    s3Client({ bucket: 'evidence', endpoint, region: 'us-east-1', ...credentials }),
    'evidence',
  );

describe('files in an S3-compatible bucket', () => {
  it('stores a file under its hash once and streams it back', async () => {
    const content = new TextEncoder().encode('%PDF-1.4\n% 整改报告\n%%EOF\n');
    const stored = await store().put(content);
    expect(stored).toEqual({ sha256: sha256Of(content), size: content.length, created: true });
    expect(await store().put(content)).toEqual({ ...stored, created: false });
    const opened = await store().open(stored.sha256);
    expect(opened?.size).toBe(content.length);
    expect(new Uint8Array(await buffer(opened!.stream))).toEqual(content);
    expect(await store().open('0'.repeat(64))).toBeNull();
    expect(await store().open('../not-a-hash')).toBeNull();
  });

  it('is what RECTIFY_FILE_STORE=s3 opens, and names the settings it lacks', async () => {
    const env = {
      RECTIFY_FILE_STORE: 's3',
      RECTIFY_S3_BUCKET: 'evidence',
      RECTIFY_S3_ENDPOINT: endpoint,
      RECTIFY_S3_ACCESS_KEY_ID: credentials.accessKeyId,
      RECTIFY_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    };
    const content = new TextEncoder().encode('会议纪要');
    const { sha256 } = await fileStoreFromEnv({} as never, env).put(content);
    expect(new Uint8Array(await buffer((await store().open(sha256))!.stream))).toEqual(content);
    expect(() =>
      fileStoreFromEnv({} as never, { RECTIFY_FILE_STORE: 's3', RECTIFY_S3_BUCKET: 'evidence' }),
    ).toThrow('RECTIFY_FILE_STORE=s3 needs RECTIFY_S3_ACCESS_KEY_ID, RECTIFY_S3_SECRET_ACCESS_KEY');
  });
});
