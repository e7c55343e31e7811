import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tasks } from '@rectify/db';
import { localFileStore } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Issue 13.5: evidence upload checks the caller, the task and the declared size before it reads the body.
let api: TestApi;
let dir: string;
let taskId = 0;
let leadUnit = '';
let otherUnit = '';
let office = '';
const PDF = Buffer.from('%PDF-1.4\n% evidence\n');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rectify-upload-'));
  api = await startTestApi({ demo: true, settings: { files: localFileStore(dir) } });
  const task = (await api.db.select().from(tasks)).find(
    (t) => t.leadUnitId != null && t.status !== 'CLOSED',
  )!;
  taskId = task.id;
  leadUnit = await api.tokenFor('UNIT', { unitId: task.leadUnitId! });
  const others = (await api.db.select().from(tasks))
    .map((t) => t.leadUnitId)
    .filter((u) => u !== task.leadUnitId);
  otherUnit = await api.tokenFor('UNIT', { unitId: others.find((u) => u != null)! });
  office = await api.tokenFor('OFFICE');
}, 300_000);
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts an upload that declares `declared` bytes but sends only a first kilobyte, then waits: the answer
 * must come without the rest of the body (a server that reads first never answers; the wait gives up).
 */
function stalledUpload(token: string | null, declared: number | null, query = `taskId=${taskId}`) {
  const { port } = new URL(api.url);
  return new Promise<{ status: number | 'no answer'; body: string }>((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: `/files/evidence?${query}&fileName=a.pdf`,
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        ...(declared === null ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(declared) }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 'no answer', body: '' });
    }, 10_000);
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode!, body });
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Always less than declared: the body stays unfinished.
    const first = Buffer.concat([PDF, Buffer.alloc(1024)]);
    req.write(first.subarray(0, declared === null ? first.length : Math.min(first.length, declared - 1)));
  });
}

describe('evidence upload', () => {
  it.each([
    ['a token of another role', () => office, [403]],
    // Not found when the task is outside its scope, forbidden when it only co-operates.
    ['a unit that does not lead the task', () => otherUnit, [403, 404]],
  ])('refuses %s before reading the body', async (_name, token, statuses) => {
    const answer = await stalledUpload(token(), 20 * 1024 * 1024);
    expect(statuses).toContain(answer.status);
  });

  it('refuses an unknown task, an oversized or an undeclared body before reading it', async () => {
    expect((await stalledUpload(leadUnit, 1024, 'taskId=999999')).status).toBe(404);
    const tooLarge = await stalledUpload(leadUnit, 20 * 1024 * 1024 + 1);
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body).errors[0]).toMatchObject({ field: 'content', code: 'TOO_LARGE' });
    expect((await stalledUpload(leadUnit, null)).status).toBe(411);
    expect((await stalledUpload(null, 20 * 1024 * 1024)).status).toBe(401);
  });

  it('stores a file of the lead unit and serves it back only as an attachment, with nosniff', async () => {
    const upload = await fetch(
      `${api.url}/files/evidence?taskId=${taskId}&fileName=${encodeURIComponent('证明.pdf')}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/pdf', authorization: `Bearer ${leadUnit}` },
        body: PDF,
      },
    );
    expect(upload.status).toBe(201);
    const { evidence } = (await upload.json()) as { evidence: { id: number } };
    const download = await fetch(`${api.url}/files/evidence/${evidence.id}`, {
      headers: { authorization: `Bearer ${leadUnit}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
  });
});
