import { inspections, leaders, units } from '@rectify/db';
import { systemActor } from '@rectify/domain';
import {
  type DraftIssue,
  type ParsedDocument,
  parseFeedbackDocument,
  readLedgerDocument,
} from '@rectify/ledger-io';
import { readSeedDocument } from '@rectify/ledger-io/testing';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
let office: string;
let inspectionId: number;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
  const [inspection] = await api.db.select({ id: inspections.id }).from(inspections);
  inspectionId = inspection!.id;
});
afterAll(async () => {
  await api?.close();
});

const DRAFT = 'id version status asOf title contentSha256 paragraphs { key kind text live }';
interface Draft {
  id: number;
  version: number;
  status: string;
  asOf: string;
  title: string;
  contentSha256: string | null;
  paragraphs: { key: string; kind: string; text: string; live: boolean }[];
}
type Payload = { draft: Draft | null; errors: { field: string; code: string }[] };

async function change(name: string, args: string, variables: Record<string, unknown>, token = office) {
  const result = await api.gql<Record<string, Payload>>(
    `mutation(${args}) { ${name}(${args
      .split(',')
      .map((a) => a.trim().split(':')[0]!.slice(1))
      .map((a) => `${a}: $${a}`)
      .join(', ')}) { draft { ${DRAFT} } errors { field code } } }`,
    variables,
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data![name]!;
}
const create = (asOf: string) =>
  change('createReportDraft', '$inspectionId: Int!, $asOf: String', { inspectionId, asOf });
const edit = (draft: Draft, key: string, text: string) =>
  change('editReportParagraph', '$draftId: Int!, $version: Int!, $key: String!, $text: String!', {
    draftId: draft.id,
    version: draft.version,
    key,
    text,
  });
const insert = (draft: Draft, afterKey: string, text: string) =>
  change('insertReportParagraph', '$draftId: Int!, $version: Int!, $afterKey: String!, $text: String!', {
    draftId: draft.id,
    version: draft.version,
    afterKey,
    text,
  });
const remove = (draft: Draft, key: string) =>
  change('removeReportParagraph', '$draftId: Int!, $version: Int!, $key: String!', {
    draftId: draft.id,
    version: draft.version,
    key,
  });

/** Fills the narrative sections the way the office would: the seed's own words for 一、, 二、's opening and 三、. */
async function fillNarrative(start: Draft, seed: ParsedDocument): Promise<Draft> {
  let draft = start;
  const [one, two, three] = seed.sections;
  const replaceSection = async (headingKey: string, textKey: string, section: typeof one) => {
    draft = (await edit(draft, headingKey, `${section!.ordinal}、${section!.heading}`)).draft!;
    const [first, ...rest] = section!.paragraphs;
    draft = (await edit(draft, textKey, first!)).draft!;
    let after = textKey;
    for (const paragraph of rest) {
      draft = (await insert(draft, after, paragraph)).draft!;
      after = draft.paragraphs.find((p) => p.text === paragraph.trim())!.key;
    }
  };
  await replaceSection('s1', 's1-text', one);
  await replaceSection('s2', 's2-text', two);
  await replaceSection('s3', 's3-text', three);
  draft = (await edit(draft, 'clues', `（五）${seed.clueDisposal!.heading}`)).draft!;
  return draft;
}

const shape = (issue: DraftIssue): unknown => ({
  code: issue.code,
  title: issue.title,
  titleLead: issue.titleLead,
  tasks: issue.tasks.length,
  children: issue.children.map(shape),
});

describe('the 通报 workspace over GraphQL', () => {
  it('drafts the demo inspection as of 2018-11-26 and, once the office fills the narrative, publishes the seed’s skeleton and figures', async () => {
    const seed = parseFeedbackDocument(readSeedDocument());
    const created = await create('2018-11-26');
    expect(created.errors).toEqual([]);
    expect(created.draft!.title).toBe(seed.title);
    expect(created.draft!.paragraphs.filter((p) => p.live).map((p) => p.key)).toEqual([
      's1-figures',
      'clues-figures',
    ]);
    const filled = await fillNarrative(created.draft!, seed);
    const published = await change('publishReportDraft', '$draftId: Int!, $version: Int!', {
      draftId: filled.id,
      version: filled.version,
    });
    expect(published.errors).toEqual([]);
    expect(published.draft).toMatchObject({
      status: 'PUBLISHED',
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    // Read back through the importer, the published DOCX is the seed's document section for section.
    const file = await api.gql<{ publishedReport: { filename: string; contentBase64: string } }>(
      'query($id: Int!) { publishedReport(draftId: $id, format: DOCX) { filename contentBase64 } }',
      { id: filled.id },
      { token: office },
    );
    expect(file.data!.publishedReport.filename).toBe('整改进展情况通报-2018-11-26.docx');
    const back = await readLedgerDocument(
      file.data!.publishedReport.filename,
      Buffer.from(file.data!.publishedReport.contentBase64, 'base64'),
    );
    expect(back.title).toBe(seed.title);
    expect(back.warnings).toEqual([]);
    expect(back.sections.map((s) => [s.ordinal, s.heading, s.isLedger])).toEqual(
      seed.sections.map((s) => [s.ordinal, s.heading, s.isLedger]),
    );
    expect(back.issues.map(shape)).toEqual(seed.issues.map(shape));
    // The seed states 办结率87.2% for petitions, 1 concluded and 3 filed for clues: the records give the same.
    expect(back.clueDisposal?.heading).toBe(seed.clueDisposal?.heading);
    for (const stated of seed.clueDisposal!.byKind) {
      const computed = back.clueDisposal!.byKind.find((k) => k.kind === stated.kind)!;
      for (const [figure, value] of Object.entries(stated))
        if (value != null) expect(computed).toHaveProperty(figure, value);
    }
  });

  it('keeps drafts from everyone but the office until published, and publishing for report.publish', async () => {
    const draft = (await create('2018-11-30')).draft!;
    const [unitRow] = await api.db.select({ id: units.id }).from(units).limit(1);
    const [leaderRow] = await api.db.select({ id: leaders.id }).from(leaders).limit(1);
    const unit = await api.tokenFor('UNIT', { unitId: unitRow!.id });
    const leader = await api.tokenFor('LEADER', { leaderId: leaderRow!.id });
    const read = `query($id: Int!) { reportDraft(id: $id) { id paragraphs { key } } }`;
    const hidden = await api.gql(read, { id: draft.id }, { token: unit });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const forbidden = await api.gql(
      'mutation($id: Int!) { publishReportDraft(draftId: $id, version: 1) { errors { code } } }',
      { id: draft.id },
      { token: leader },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const versions = await api.gql(
      `query($id: Int!) { reportVersions(draftId: $id) { number } }`,
      { id: draft.id },
      { token: unit },
    );
    expect(versions.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const edited = (await edit(draft, 's3-text', '下一步，市委将持续抓好整改落实。')).draft!;
    const removed = (await remove(edited, 's2-text')).draft!;
    const compared = await api.gql<{ compareReportVersions: { key: string; change: string }[] }>(
      `query($id: Int!) { compareReportVersions(draftId: $id, from: 1, to: 3) { key change before after } }`,
      { id: draft.id },
      { token: office },
    );
    expect(compared.data!.compareReportVersions.filter((d) => d.change !== 'UNCHANGED')).toMatchObject([
      { key: 's2-text', change: 'REMOVED' },
      { key: 's3-text', change: 'CHANGED' },
    ]);
    const history = await api.gql<{
      reportVersions: { number: number; change: string; paragraphKey: string | null }[];
    }>(
      `query($id: Int!) { reportVersions(draftId: $id) { number change paragraphKey authorName createdAt } }`,
      { id: draft.id },
      { token: office },
    );
    expect(history.data!.reportVersions.map((v) => v.change)).toEqual(['CREATE', 'EDIT', 'REMOVE']);
    const frozen = await change('freezeReportDraft', '$draftId: Int!, $version: Int!', {
      draftId: draft.id,
      version: removed.version,
    });
    expect(frozen.draft!.status).toBe('FROZEN');
    const late = await edit(frozen.draft!, 's3-text', '再改');
    expect(late.errors).toEqual([{ field: 'status', code: 'INVALID_TRANSITION' }]);
    await change('publishReportDraft', '$draftId: Int!, $version: Int!', {
      draftId: draft.id,
      version: frozen.draft!.version,
    });

    // Published, it is readable by every ledger role and by partner tokens with REPORT_READ only.
    expect((await api.gql(read, { id: draft.id }, { token: unit })).errors).toBeUndefined();
    const token = async (scopes: ('REPORT_READ' | 'LEDGER_READ')[]) =>
      (
        await createApiClient(
          { db: api.db, actor: systemActor('ADMIN'), locale: 'zh', now: () => new Date() },
          {
            name: `reports-${scopes.join()}`,
            department: '市政务服务数据管理局',
            scopes,
            expiresAt: new Date(Date.now() + 86_400_000),
          },
        )
      ).token;
    const reader = await token(['REPORT_READ']);
    const ledgerOnly = await token(['LEDGER_READ']);
    const html = await api.gql<{ publishedReport: { mimeType: string; contentBase64: string } }>(
      'query($id: Int!) { publishedReport(draftId: $id, format: HTML) { mimeType contentBase64 } }',
      { id: draft.id },
      { token: reader },
    );
    expect(html.data!.publishedReport.mimeType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(html.data!.publishedReport.contentBase64, 'base64').toString('utf8')).toContain(
      '下一步，市委将持续抓好整改落实。',
    );
    const list = await api.gql<{ reportDrafts: { id: number }[] }>(
      '{ reportDrafts { id status } }',
      {},
      { token: reader },
    );
    expect(list.data!.reportDrafts.map((d) => d.id)).toContain(draft.id);
    expect(list.data!.reportDrafts.every((d) => (d as { status?: string }).status === 'PUBLISHED')).toBe(
      true,
    );
    const refused = await api.gql(read, { id: draft.id }, { token: ledgerOnly });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
