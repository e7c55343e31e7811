import { setTimeout as sleep } from 'node:timers/promises';
import { inspections, units } from '@rectify/db';
import { readLedgerWorkbook } from '@rectify/ledger-io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Large ledgers' files through the job queue: requested over GraphQL, rendered by the queue as the one who
// asked, stored in the file store, and downloaded over HTTP by that one alone.
let api: TestApi;
let inspectionId = 0;
beforeAll(async () => {
  api = await startTestApi({ demo: true, jobs: { pollingIntervalSeconds: 0.5 } });
  inspectionId = Math.max(...(await api.db.select().from(inspections)).map((i) => i.id));
});
afterAll(async () => {
  await api?.close();
});

interface Generation {
  id: number;
  document: string;
  state: string;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  error: string | null;
}
const FIELDS = 'id document state fileName contentType size error';
const REQUEST = `mutation ($input: FileGenerationInput!) {
  requestFileGeneration(input: $input) { fileGeneration { ${FIELDS} } errors { field code message } }
}`;
const READ = `query ($id: Int!) { fileGeneration(id: $id) { ${FIELDS} } }`;

async function request(token: string, input: Record<string, unknown>) {
  const answer = await api.gql<{
    requestFileGeneration: { fileGeneration: Generation | null; errors: { field: string; code: string }[] };
  }>(REQUEST, { input: { inspectionId, ...input } }, { token, locale: 'en' });
  return answer;
}

/** Reads the request until its job has ended (the queue polls every half second). */
async function settled(token: string, id: number): Promise<Generation> {
  for (;;) {
    const answer = await api.gql<{ fileGeneration: Generation }>(READ, { id }, { token });
    const generation = answer.data!.fileGeneration;
    if (generation.state === 'DONE' || generation.state === 'FAILED') return generation;
    await sleep(200);
  }
}

const download = (id: number, token: string) =>
  fetch(`${api.url}/files/generated/${id}`, { headers: { authorization: `Bearer ${token}` } });

describe('files generated in the background', () => {
  it('queues the progress report, renders it and serves it to the one who asked', async () => {
    const office = await api.tokenFor('OFFICE');
    const queued = await request(office, { document: 'PROGRESS_REPORT', reportFormat: 'DOCX' });
    expect(queued.data?.requestFileGeneration.errors).toEqual([]);
    const requested = queued.data!.requestFileGeneration.fileGeneration!;
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(requested.state);
    const done = await settled(office, requested.id);
    expect(done).toMatchObject({ state: 'DONE', error: null, document: 'PROGRESS_REPORT' });
    expect(done.fileName).toMatch(/^整改进展情况通报-\d{4}-\d{2}-\d{2}\.docx$/);

    const file = await download(done.id, office);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(done.contentType);
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent(done.fileName!));
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBe(done.size);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it("renders a unit's export in the unit's scope, and hides it from everyone else", async () => {
    const [unit] = await api.db.select().from(units).limit(1);
    const unitToken = await api.tokenFor('UNIT', { unitId: unit!.id });
    const queued = await request(unitToken, { document: 'LEDGER_WORKBOOK', sheetKind: 'TASKS' });
    const done = await settled(unitToken, queued.data!.requestFileGeneration.fileGeneration!.id);
    expect(done.state).toBe('DONE');
    const inline = await api.gql<{ exportLedger: { filename: string; contentBase64: string } }>(
      'query ($i: Int, $k: LedgerSheetKind!) { exportLedger(inspectionId: $i, kind: $k) { filename contentBase64 } }',
      { i: inspectionId, k: 'TASKS' },
      { token: unitToken },
    );
    expect(done.fileName).toBe(inline.data!.exportLedger.filename);
    const file = Buffer.from(await (await download(done.id, unitToken)).arrayBuffer());
    const rowsOf = async (content: Uint8Array) => (await readLedgerWorkbook(content)).rows;
    expect(await rowsOf(file)).toEqual(
      await rowsOf(Buffer.from(inline.data!.exportLedger.contentBase64, 'base64')),
    );

    const office = await api.tokenFor('OFFICE');
    expect((await download(done.id, office)).status).toBe(404);
    const read = await api.gql(READ, { id: done.id }, { token: office });
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await fetch(`${api.url}/files/generated/${done.id}`)).status).toBe(401);
  });

  it('asks for the permission of the document and names a missing parameter', async () => {
    const leader = await api.tokenFor('SUPERVISOR');
    const refused = await request(leader, { document: 'PROGRESS_REPORT', reportFormat: 'DOCX' });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const office = await api.tokenFor('OFFICE');
    const missing = await request(office, { document: 'LEDGER_WORKBOOK' });
    expect(missing.data?.requestFileGeneration.errors).toEqual([
      expect.objectContaining({ field: 'sheetKind', code: 'REQUIRED' }),
    ]);
  });
});
