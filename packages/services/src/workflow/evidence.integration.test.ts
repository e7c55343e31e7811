import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { evidence } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportProgress } from '../ledger/report-progress.js';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { EVIDENCE_MAX_BYTES } from './evidence-rules.js';
import { LocalFileStore, sha256Of } from './file-store.js';
import { openEvidence } from './open-evidence.js';
import { pdf, rolesWithout, type WorkflowFixture, workflowFixture } from './test-fixture.js';
import { uploadEvidence } from './upload-evidence.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

const file = (taskId: number, content = pdf('report'), values: Record<string, unknown> = {}) => ({
  taskId,
  fileName: 'C:\\材料\\整改报告.pdf',
  contentType: 'Application/PDF; charset=binary',
  content,
  files: f.files,
  ...values,
});
const storedFiles = () =>
  readdirSync(f.files.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe('evidence files (佐证材料)', () => {
  it('stores a file by its content hash, records it on the task and moves the task’s version', async () => {
    const task = await f.newTask();
    const content = pdf('stored');
    const { evidence: row, created } = await uploadEvidence(f.ctx(f.as.unit), file(task.id, content));
    expect(created).toBe(true);
    expect(row).toMatchObject({
      taskId: task.id,
      progressReportId: null,
      fileName: '整改报告.pdf',
      contentType: 'application/pdf',
      size: content.length,
      sha256: sha256Of(content),
      uploadedById: f.as.unit.userId,
    });
    const sha = row.sha256;
    expect(storedFiles().map((e) => e.name)).toContain(sha);
    expect(path.relative(f.files.root, path.join(f.files.root, sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(
      `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`,
    );
    expect((await f.taskRow(task.id)).version).toBe(task.version + 1);
    expect((await auditOf(f.t.db, 'evidence', row.id)).map((a) => a.action)).toEqual(['evidence.upload']);

    const opened = await openEvidence(f.ctx(f.as.coUnit), row.id, f.files);
    expect(opened.size).toBe(content.length);
    expect(new Uint8Array(await buffer(opened.stream))).toEqual(content);
  });

  it('treats the same content as the same file: never stored twice, never replaced', async () => {
    const task = await f.newTask();
    const content = pdf('twice');
    const first = await uploadEvidence(f.ctx(f.as.unit), file(task.id, content));
    const files = storedFiles().length;
    const again = await uploadEvidence(
      f.ctx(f.as.unit),
      file(task.id, content, { fileName: '另一个名字.pdf' }),
    );
    expect(again).toEqual({ evidence: first.evidence, created: false });
    expect((await f.taskRow(task.id)).version).toBe(task.version + 1);
    // On another task it is a record of its own, on the one stored file.
    const other = await f.newTask();
    const elsewhere = await uploadEvidence(f.ctx(f.as.unit), file(other.id, content));
    expect(elsewhere.created).toBe(true);
    expect(elsewhere.evidence.sha256).toBe(first.evidence.sha256);
    expect(storedFiles()).toHaveLength(files);
    // The store itself keeps the first bytes of a hash, and reports damage instead of overwriting it.
    const store = new LocalFileStore(f.files.root);
    expect(await store.put(content)).toMatchObject({ created: false });
    const sha = first.evidence.sha256;
    const stored = path.join(f.files.root, sha.slice(0, 2), sha.slice(2, 4), sha);
    const damaged = pdf('damaged but longer');
    const fresh = new LocalFileStore(path.join(f.files.root, 'damaged'));
    const target = path.join(fresh.root, sha.slice(0, 2), sha.slice(2, 4));
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, sha), damaged);
    await expect(fresh.put(content)).rejects.toThrow(/damaged/);
    expect(readdirSync(path.dirname(stored))).toContain(sha);
  });

  it('refuses files of another type, of the wrong content, empty or too large, naming the field', async () => {
    const task = await f.newTask();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ contentType: 'application/x-msdownload' }, ['contentType:UNSUPPORTED_TYPE']],
      [{ content: new TextEncoder().encode('not a pdf') }, ['content:TYPE_MISMATCH']],
      [{ contentType: 'image/png' }, ['content:TYPE_MISMATCH']],
      [{ content: new Uint8Array() }, ['content:EMPTY']],
      [{ content: new Uint8Array(EVIDENCE_MAX_BYTES + 1) }, ['content:TOO_LARGE']],
      [{ fileName: ' ' }, ['fileName:REQUIRED']],
      [{ fileName: 'a\u0001.pdf' }, ['fileName:INVALID']],
      [{ contentType: 'text/plain', content: new Uint8Array([0x41, 0x00]) }, ['content:TYPE_MISMATCH']],
    ];
    for (const [values, codes] of cases) {
      const error = await failure(uploadEvidence(f.ctx(f.as.unit), file(task.id, pdf(), values)));
      expect(fieldCodes(error), JSON.stringify(Object.keys(values))).toEqual(codes);
    }
    const text = await uploadEvidence(
      f.ctx(f.as.unit),
      file(task.id, new TextEncoder().encode('整改台账说明'), {
        contentType: 'text/plain',
        fileName: '说明.txt',
      }),
    );
    expect(text.evidence.contentType).toBe('text/plain');
    expect(await f.t.db.$count(evidence, eq(evidence.taskId, task.id))).toBe(1);
  });

  it('attaches a file to a progress report of the same task only', async () => {
    const task = await f.newTask();
    const other = await f.newTask();
    const report = { period: '2018-11-19', text: '已完成排查', percent: 60 };
    const { progressReport } = await reportProgress(f.ctx(f.as.unit), { taskId: task.id, ...report });
    const attached = await uploadEvidence(
      f.ctx(f.as.unit),
      file(task.id, pdf('report'), { progressReportId: progressReport.id }),
    );
    expect(attached.evidence.progressReportId).toBe(progressReport.id);
    const wrong = await failure(
      uploadEvidence(f.ctx(f.as.unit), file(other.id, pdf('other'), { progressReportId: progressReport.id })),
    );
    expect(fieldCodes(wrong)).toEqual(['progressReportId:NOT_FOUND']);
  });

  it('lets only the lead unit upload, to tasks not yet closed; others read as not found', async () => {
    const task = await f.newTask();
    expect(fieldCodes(await failure(uploadEvidence(f.ctx(f.as.coUnit), file(task.id))))).toEqual([
      'taskId:NOT_LEAD_UNIT',
    ]);
    expect((await failure(uploadEvidence(f.ctx(f.as.otherUnit), file(task.id)))).code).toBe('NOT_FOUND');
    for (const actor of rolesWithout('evidence.upload'))
      expect((await failure(uploadEvidence(f.ctx(actor), file(task.id)))).code, actor.role).toBe('FORBIDDEN');
    const closed = await f.newTask({ status: 'CLOSED' });
    expect((await failure(uploadEvidence(f.ctx(f.as.unit), file(closed.id)))).code).toBe(
      'INVALID_TRANSITION',
    );

    const id = await f.upload(task.id, 'readable');
    expect((await failure(openEvidence(f.ctx(f.as.otherUnit), id, f.files))).code).toBe('NOT_FOUND');
    expect((await failure(openEvidence(f.ctx(f.as.otherLeader), id, f.files))).code).toBe('NOT_FOUND');
    for (const actor of [f.as.leader, f.as.office, f.as.supervisor]) {
      const { stream } = await openEvidence(f.ctx(actor), id, f.files);
      expect((await buffer(stream)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
