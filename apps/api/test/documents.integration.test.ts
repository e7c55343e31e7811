import { systemActor } from '@rectify/domain';
import { type DraftIssue, parseFeedbackDocument, readLedgerDocument } from '@rectify/ledger-io';
import { nestDraft } from '@rectify/domain';
import { readSeedDocument } from '@rectify/ledger-io/testing';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
let office: string;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
});
afterAll(async () => {
  await api?.close();
});

const PARSE = `query($filename: String!, $content: String!) {
  parseLedgerDocument(filename: $filename, contentBase64: $content) {
    title warnings issues { depth code kind title responseText tasks { ordinal measure } }
    clueDisposal { heading byKind { kind received concluded caseFiled completionPercent caseFilingPercent substantiationPercent } }
  }
}`;
const IMPORT = `mutation($inspectionId: Int!, $draft: LedgerDraftInput!) {
  importLedgerDraft(inspectionId: $inspectionId, draft: $draft) { result { issues tasks } errors { field code message } }
}`;
const REPORT = `query($id: Int!, $format: ReportFormat!) {
  progressReport(inspectionId: $id, format: $format) { filename mimeType byteSize contentBase64 }
}`;

interface GqlIssue {
  depth: number;
  code: string;
  kind: string;
  title: string;
  responseText: string | null;
  tasks: { ordinal: string; measure: string }[];
}
const shape = (issue: DraftIssue): unknown => ({
  code: issue.code,
  title: issue.title,
  measures: issue.tasks.map((t) => t.measure),
  children: issue.children.map(shape),
});

async function newInspection(name: string): Promise<number> {
  const result = await api.gql<{ createInspection: { inspection: { id: number } } }>(
    `mutation { createInspection(input: { name: "${name}", inspectingBody: "省委巡视组", inspectedOrganisation: "中共佛山市委", level: PROVINCIAL }) { inspection { id } errors { code } } }`,
    {},
    { token: office },
  );
  return result.data!.createInspection.inspection.id;
}

describe('document import through GraphQL', () => {
  it('reads the seed into a draft and commits it: the demo ledger’s structure', async () => {
    const content = Buffer.from(readSeedDocument(), 'utf8').toString('base64');
    const parsed = await api.gql<{
      parseLedgerDocument: { title: string; warnings: string[]; issues: GqlIssue[]; clueDisposal: unknown };
    }>(PARSE, { filename: '巡视整改进展.txt', content }, { token: office });
    expect(parsed.errors).toBeUndefined();
    const draft = parsed.data!.parseLedgerDocument;
    expect(draft.title).toBe('中共佛山市委关于巡视整改进展情况的通报');
    expect(draft.warnings).toEqual([]);
    expect(draft.issues.filter((i) => i.depth === 1)).toHaveLength(4);
    expect(draft.issues).toHaveLength(57);
    // Section 二(五), on the petitions and clues handed over, comes as figures and not as an issue.
    const none = { received: null, concluded: null, caseFiled: null, caseFilingPercent: null };
    expect(draft.clueDisposal).toEqual({
      heading: '依规依纪依法,认真处置省委巡视组移交信访举报和问题线索',
      byKind: [
        { kind: 'PETITION_REPORT', ...none, completionPercent: 87.2, substantiationPercent: null },
        {
          ...none,
          kind: 'PROBLEM_CLUE',
          concluded: 1,
          caseFiled: 3,
          completionPercent: null,
          substantiationPercent: null,
        },
      ],
    });

    const inspectionId = await newInspection('导入测试');
    const imported = await api.gql<{ importLedgerDraft: { result: unknown; errors: unknown[] } }>(
      IMPORT,
      { inspectionId, draft: { issues: nestDraft(draft.issues) } },
      { token: office },
    );
    expect(imported.data!.importLedgerDraft).toEqual({ result: { issues: 57, tasks: 183 }, errors: [] });

    // The imported ledger's report reads back to the seed's tree.
    const report = await api.gql<{ progressReport: { filename: string; contentBase64: string } }>(
      REPORT,
      { id: inspectionId, format: 'DOCX' },
      { token: office },
    );
    const file = report.data!.progressReport;
    const back = await readLedgerDocument(file.filename, Buffer.from(file.contentBase64, 'base64'));
    expect(back.issues.map(shape)).toEqual(parseFeedbackDocument(readSeedDocument()).issues.map(shape));
  });

  it('names the node at fault in the user’s language and writes nothing', async () => {
    const inspectionId = await newInspection('导入失败');
    const draft = {
      issues: [{ code: '(一)', kind: 'AREA', title: '方面', tasks: [{ measure: ' ' }], children: [] }],
    };
    const result = await api.gql<{
      importLedgerDraft: { result: null; errors: { field: string; message: string }[] };
    }>(IMPORT, { inspectionId, draft }, { token: office });
    expect(result.data!.importLedgerDraft.result).toBeNull();
    expect(result.data!.importLedgerDraft.errors).toEqual([
      { field: 'issues[0].tasks[0].measure', code: 'REQUIRED', message: '整改措施不能为空' },
    ]);
    const issues = await api.gql<{ issues: { totalCount: number } }>(
      `{ issues(filter: { inspectionId: ${inspectionId} }) { totalCount } }`,
      {},
      { token: office },
    );
    expect(issues.data?.issues.totalCount ?? 0).toBe(0);
  });
});

describe('the progress report through GraphQL', () => {
  it('comes as DOCX, Markdown and HTML, named and typed', async () => {
    for (const [format, extension, mime] of [
      ['DOCX', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['MARKDOWN', 'md', 'text/markdown; charset=utf-8'],
      ['HTML', 'html', 'text/html; charset=utf-8'],
    ] as const) {
      const result = await api.gql<{
        progressReport: { filename: string; mimeType: string; byteSize: number; contentBase64: string };
      }>(REPORT, { id: 1, format }, { token: office });
      const file = result.data!.progressReport;
      expect(file.filename).toMatch(
        new RegExp(`^整改进展情况通报-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`, 'u'),
      );
      expect(file.mimeType).toBe(mime);
      expect(Buffer.from(file.contentBase64, 'base64').byteLength).toBe(file.byteSize);
    }
  });

  it('speaks of a 巡察 as a 巡察: the kind and the inspecting body are stored, checked and read', async () => {
    const demo = await api.gql<{ inspection: { kind: string; inspectingBody: string } }>(
      '{ inspection(id: 1) { kind inspectingBody } }',
      {},
      { token: office },
    );
    expect(demo.data?.inspection).toEqual({ kind: 'PATROL', inspectingBody: '中共广东省委第十一巡视组' });
    type Payload = {
      inspection: { id: number; version: number; kind: string; inspectingBody: string } | null;
      errors: { field: string; code: string; message: string }[];
    };
    const created = await api.gql<{ createInspection: Payload }>(
      `mutation { createInspection(input: { name: "某街道巡察", inspectingBody: "区委第二巡察组", inspectedOrganisation: "中共某街道工作委员会", level: PROVINCIAL, kind: CIRCUIT }) {
        inspection { id version kind inspectingBody } errors { field code message } } }`,
      {},
      { token: office },
    );
    const inspection = created.data!.createInspection.inspection!;
    expect(inspection).toMatchObject({ kind: 'CIRCUIT', inspectingBody: '区委第二巡察组' });
    const UPDATE = `mutation($input: UpdateInspectionInput!) {
      updateInspection(input: $input) { inspection { kind } errors { field code message } } }`;
    for (const [locale, message] of [
      ['zh-CN', '巡视或巡察不能为空'],
      ['en', 'Inspection kind is required'],
    ] as const) {
      const refused = await api.gql<{ updateInspection: Payload }>(
        UPDATE,
        { input: { id: inspection.id, version: inspection.version, kind: null } },
        { token: office, locale },
      );
      expect(refused.data?.updateInspection.errors).toEqual([{ field: 'kind', code: 'REQUIRED', message }]);
    }
    const problem = {
      code: '二(一)1.',
      kind: 'PROBLEM',
      title: '问题',
      children: [],
      tasks: [{ measure: '措施' }],
    };
    const draft = {
      issues: [{ code: '二(一)', kind: 'AREA', title: '方面', children: [problem], tasks: [] }],
    };
    const imported = await api.gql<{ importLedgerDraft: { errors: unknown[] } }>(
      IMPORT,
      { inspectionId: inspection.id, draft },
      { token: office },
    );
    expect(imported.data?.importLedgerDraft.errors).toEqual([]);
    const result = await api.gql<{ progressReport: { contentBase64: string } }>(
      REPORT,
      { id: inspection.id, format: 'MARKDOWN' },
      { token: office },
    );
    const markdown = Buffer.from(result.data!.progressReport.contentBase64, 'base64').toString('utf8');
    expect(markdown).toMatch(/^# 中共某街道工作委员会关于区委第二巡察组巡察反馈意见整改进展情况的通报\n/u);
    expect(markdown).toContain('巡察反馈问题共');
    expect(markdown).not.toContain('巡视');
  });

  it('is refused to every role but the office, partner tokens included', async () => {
    const { token: partner } = await createApiClient(
      { db: api.db, actor: systemActor('ADMIN'), locale: 'zh', now: () => new Date() },
      {
        name: 'documents',
        department: '市发展改革局',
        scopes: ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ'],
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    );
    const tokens = [
      partner,
      ...(await Promise.all(
        (['ADMIN', 'LEADER', 'UNIT', 'SUPERVISOR', 'DISCIPLINE'] as const).map((role) =>
          api.tokenFor(role, role === 'UNIT' ? { unitId: 1 } : role === 'LEADER' ? { leaderId: 1 } : {}),
        ),
      )),
    ];
    for (const token of tokens) {
      const calls = [
        api.gql(REPORT, { id: 1, format: 'HTML' }, { token }),
        api.gql(PARSE, { filename: 'a.txt', content: 'YQ==' }, { token }),
        api.gql(IMPORT, { inspectionId: 1, draft: { issues: [] } }, { token }),
      ];
      for (const result of await Promise.all(calls)) {
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data ?? null).toBeNull();
      }
    }
  });
});
