import { auditEvents, issues, tasks } from '@rectify/db';
import { createTestDatabase, makeInspection, type TestDatabase } from '@rectify/db/testing';
import { type Role, userActor } from '@rectify/domain';
import { type DraftIssue, readLedgerDocument } from '@rectify/ledger-io';
import { readSeedDocument } from '@rectify/ledger-io/testing';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { importLedgerDraft } from './import-ledger-draft.js';
import type { LedgerDraftIssue } from './ledger-draft.js';
import { parseLedgerDocument } from './parse-ledger-document.js';
import { buildProgressReport, generateProgressReport } from './progress-report.js';

let t: TestDatabase;
const asOffice = () => contextFor(t.db, userActor('OFFICE', 7));
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

/** The tree as the ledger holds it, in the shape the parser gives, to compare a round trip. */
async function ledgerTree(inspectionId: number): Promise<unknown[]> {
  const rows = await t.db
    .select()
    .from(issues)
    .where(eq(issues.inspectionId, inspectionId))
    .orderBy(asc(issues.sortKey));
  const taskRows = await t.db
    .select()
    .from(tasks)
    .where(inArray(tasks.issueId, rows.length ? rows.map((r) => r.id) : [-1]))
    .orderBy(asc(tasks.position));
  const shapeOf = (parentId: number | null): unknown[] =>
    rows
      .filter((r) => r.parentId === parentId)
      .map((r) => ({
        code: r.code,
        kind: r.kind,
        title: r.title,
        measures: taskRows.filter((task) => task.issueId === r.id).map((task) => task.measure),
        children: shapeOf(r.id),
      }));
  return shapeOf(null);
}

const shape = (issue: DraftIssue): unknown => ({
  code: issue.code,
  kind: issue.kind,
  title: issue.title,
  measures: issue.tasks.map((task) => task.measure),
  children: issue.children.map(shape),
});

describe('importing the seed document', () => {
  it('reads it into a draft, commits it and holds the demo ledger’s structure: 4/11/42/183', async () => {
    const seed = readSeedDocument();
    const parsed = await parseLedgerDocument(asOffice(), {
      filename: '通报.txt',
      contentBase64: base64(seed),
    });
    expect(parsed.warnings).toEqual([]);
    const inspection = await makeInspection(t.db);
    const result = await importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft: parsed });
    expect(result).toEqual({ inspectionId: inspection.id, issues: 57, tasks: 183 });
    const tree = await ledgerTree(inspection.id);
    expect(tree).toEqual(parsed.issues.map(shape));
    const kinds = await t.db
      .select({ kind: issues.kind })
      .from(issues)
      .where(eq(issues.inspectionId, inspection.id));
    const count = (kind: string) => kinds.filter((k) => k.kind === kind).length;
    expect([count('AREA'), count('PROBLEM'), count('MANIFESTATION')]).toEqual([4, 11, 42]);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'ledger.import'), eq(auditEvents.entityId, String(inspection.id))));
    expect(audit?.after).toEqual({ issues: 57, tasks: 183 });
  });

  it('comes back as the same tree from the progress report, in Markdown and DOCX', async () => {
    const seed = readSeedDocument();
    const parsed = await parseLedgerDocument(asOffice(), {
      filename: '通报.txt',
      contentBase64: base64(seed),
    });
    const inspection = await makeInspection(t.db, { name: '往返' });
    await importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft: parsed });
    for (const format of ['MARKDOWN', 'DOCX'] as const) {
      const file = await generateProgressReport(asOffice(), { inspectionId: inspection.id, format });
      const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
      const back = await readLedgerDocument(file.filename, bytes);
      expect(back.issues.map(shape)).toEqual(await ledgerTree(inspection.id));
    }
  });
});

describe('importLedgerDraft refuses a bad draft whole', () => {
  const task = (measure: string) => ({ ordinal: '', measure });
  const node = (
    code: string,
    kind: LedgerDraftIssue['kind'],
    title: string,
    more: Partial<LedgerDraftIssue> = {},
  ) => ({
    code,
    kind,
    title,
    responseText: null,
    children: [],
    tasks: [],
    ...more,
  });

  it('names every mistake by its path in the draft and writes nothing', async () => {
    const inspection = await makeInspection(t.db);
    const draft = {
      issues: [
        node('(一)', 'AREA', '方面', {
          children: [
            node('(一)1.', 'PROBLEM', '', { tasks: [task('措施'), task('  ')] }),
            node('(一)1.', 'AREA', '重复'),
          ],
        }),
      ],
    };
    const error = await failure(importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft }));
    expect(fieldCodes(error)).toEqual([
      'issues[0].children[0].tasks[1].measure:REQUIRED',
      'issues[0].children[0].title:REQUIRED',
      'issues[0].children[1].code:TAKEN',
      'issues[0].children[1].kind:KIND_ORDER',
    ]);
    expect(await t.db.$count(issues, eq(issues.inspectionId, inspection.id))).toBe(0);
  });

  it('rolls back what it wrote when a code is taken in the inspection already', async () => {
    const inspection = await makeInspection(t.db);
    const first = { issues: [node('(一)', 'AREA', '方面', { tasks: [task('措施一')] })] };
    await importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft: first });
    const second = { issues: [node('(二)', 'AREA', '新方面'), node('(一)', 'AREA', '又一个')] };
    const error = await failure(
      importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft: second }),
    );
    expect(fieldCodes(error)).toEqual(['issues[1].code:TAKEN']);
    expect(await t.db.$count(issues, eq(issues.inspectionId, inspection.id))).toBe(1);
  });

  it('answers an unknown inspection by its field', async () => {
    const error = await failure(
      importLedgerDraft(asOffice(), {
        inspectionId: 999_999,
        draft: { issues: [node('(一)', 'AREA', '方面')] },
      }),
    );
    expect(fieldCodes(error)).toEqual(['inspectionId:NOT_FOUND']);
  });
});

describe('documents and reports are the office’s', () => {
  const others: Role[] = ['ADMIN', 'LEADER', 'UNIT', 'SUPERVISOR', 'DISCIPLINE'];
  it.each(others)('refuses %s to read a document, import a draft or generate the report', async (role) => {
    const ctx = contextFor(t.db, userActor(role, 9, role === 'UNIT' ? { unitId: 1 } : {}));
    expect(
      (await failure(parseLedgerDocument(ctx, { filename: 'a.txt', contentBase64: base64('一、a') }))).code,
    ).toBe('FORBIDDEN');
    expect((await failure(importLedgerDraft(ctx, { inspectionId: 1, draft: { issues: [] } }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(buildProgressReport(ctx, { inspectionId: 1 }))).code).toBe('FORBIDDEN');
  });

  it('refuses an unreadable file by its name, in both languages', async () => {
    const error = await failure(
      parseLedgerDocument(asOffice(), { filename: '台账.pdf', contentBase64: base64('%PDF') }),
    );
    expect(fieldCodes(error)).toEqual(['filename:UNREADABLE']);
    expect(error.fieldErrors[0]?.message.zh).toContain('只支持 .txt、.md、.docx');
  });
});

describe('the progress report', () => {
  it('states the figures the domain computes and the latest progress', async () => {
    const inspection = await makeInspection(t.db, { name: '报告' });
    const draft = {
      issues: [
        node2('(一)', 'AREA', '方面', [node2('(一)1.', 'PROBLEM', '问题', [], ['措施一', '措施二'])], []),
      ],
    };
    await importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft });
    const model = await buildProgressReport(asOffice(), { inspectionId: inspection.id });
    expect(model.asOf).toBe('2018-11-26');
    expect(model.figures.tasks.total).toBe(2);
    expect(model.figures.issues.total).toBe(1);
    expect(model.issues[0]?.children[0]?.tasks.map((x) => [x.measure, x.status, x.progress])).toEqual([
      ['措施一', 'NOT_STARTED', null],
      ['措施二', 'NOT_STARTED', null],
    ]);
    const html = await generateProgressReport(asOffice(), { inspectionId: inspection.id, format: 'HTML' });
    expect(html.filename).toBe('整改进展情况通报-2018-11-26.html');
    expect(html.content).toContain('巡视反馈问题共1个，已整改完成0个');
  });

  it('speaks of a 巡察 as a 巡察, naming its inspecting body', async () => {
    const inspection = await makeInspection(t.db, {
      kind: 'CIRCUIT',
      level: 'COUNTY',
      inspectingBody: '区委第二巡察组',
      inspectedOrganisation: '中共某街道工作委员会',
    });
    const draft = {
      issues: [node2('(一)', 'AREA', '方面', [node2('(一)1.', 'PROBLEM', '问题', [], ['措施一'])], [])],
    };
    await importLedgerDraft(asOffice(), { inspectionId: inspection.id, draft });
    const report = await generateProgressReport(asOffice(), {
      inspectionId: inspection.id,
      format: 'MARKDOWN',
    });
    expect(report.content).toMatch(
      /^# 中共某街道工作委员会关于区委第二巡察组巡察反馈意见整改进展情况的通报\n/u,
    );
    expect(report.content).toContain('巡察反馈问题共1个');
    expect(report.content).not.toContain('巡视');
  });
});

function node2(
  code: string,
  kind: LedgerDraftIssue['kind'],
  title: string,
  children: LedgerDraftIssue[],
  measures: string[],
) {
  return {
    code,
    kind,
    title,
    responseText: null,
    children,
    tasks: measures.map((measure) => ({ ordinal: '', measure })),
  };
}
