import { createHash } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { apiClients, clueCases, users, webhookDeliveries, webhookSubscriptions } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeTask,
  type TestDatabase,
} from '@rectify/db/testing';
import { type Actor, type PartnerScope, partnerActor, reportContentText, userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChangeCursor } from '../change-feed/change-view.js';
import { listChanges } from '../change-feed/list-changes.js';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { DatabaseFileStore } from '../workflow/database-file-store.js';
import { createReportDraft } from './create-report-draft.js';
import { editReportParagraph } from './edit-report-paragraph.js';
import { freezeReportDraft } from './freeze-report-draft.js';
import { insertReportParagraph } from './insert-report-paragraph.js';
import { publishReportDraft } from './publish-report-draft.js';
import {
  compareReportVersions,
  getReportDraft,
  listReportDrafts,
  listReportVersions,
  openPublishedReport,
} from './read-report-drafts.js';
import { removeReportParagraph } from './remove-report-paragraph.js';

let t: TestDatabase;
let office: Actor;
let inspectionId: number;
let taskId: number;
let files: DatabaseFileStore;
const as = (actor: Actor) => contextFor(t.db, actor);

beforeAll(async () => {
  t = await createTestDatabase();
  files = new DatabaseFileStore(t.db);
  const [user] = await t.db
    .insert(users)
    .values({ username: 'office', displayName: '台账管理组', passwordHash: 'x', role: 'OFFICE' })
    .returning();
  office = userActor('OFFICE', user!.id);
  const inspection = await makeInspection(t.db, {
    kind: 'CIRCUIT',
    inspectingBody: '区委第二巡察组',
    inspectedOrganisation: '中共某街道工作委员会',
  });
  inspectionId = inspection.id;
  const area = await makeIssue(t.db, {
    inspectionId,
    kind: 'AREA',
    code: '二(一)',
    sortKey: '0001',
    title: '党的建设方面',
  });
  const problem = await makeIssue(t.db, {
    inspectionId,
    parentId: area.id,
    code: '二(一)1.',
    sortKey: '0001.0001',
    title: '基层组织建设薄弱',
  });
  const item = await makeIssue(t.db, {
    inspectionId,
    parentId: problem.id,
    kind: 'MANIFESTATION',
    code: '二(一)1.(1)',
    sortKey: '0001.0001.0001',
    title: '组织生活不规范',
    titleLead: 'GUANYU',
  });
  taskId = (await makeTask(t.db, { issueId: item.id, measure: '规范“三会一课”制度', status: 'CLOSED' })).id;
  await makeTask(t.db, { issueId: item.id, measure: '开展专项检查', status: 'IN_PROGRESS' });
  await t.db.insert(clueCases).values({
    serial: 'XC-1',
    inspectionId,
    source: 'INSPECTION_TRANSFER',
    kind: 'PETITION_REPORT',
    receivedDate: '2019-05-01',
    summary: '反映某事',
    subject: '（示例）某人',
    status: 'CONCLUDED',
  });
});
afterAll(async () => {
  await t?.close();
});

const paragraphText = (paragraphs: { key: string; text: string }[], key: string) =>
  paragraphs.find((p) => p.key === key)?.text;

describe('a 通报 draft', () => {
  it('is drafted as of a chosen date in the real report’s structure, in the inspection’s word', async () => {
    const draft = await createReportDraft(as(office), { inspectionId, asOf: '2019-09-30' });
    expect(draft).toMatchObject({ status: 'DRAFT', asOf: '2019-09-30', version: 1 });
    expect(draft.title).toBe('中共某街道工作委员会关于巡察整改进展情况的通报');
    const { paragraphs } = await getReportDraft(as(office), { draftId: draft.id });
    expect(paragraphs.map((p) => p.kind)).toContain('CLUE_FIGURES');
    expect(paragraphs.find((p) => p.kind === 'ITEM')?.text).toBe('（1）关于“组织生活不规范”问题。');
    expect(paragraphs.find((p) => p.kind === 'RECTIFICATION')?.text).toBe(
      '一是规范“三会一课”制度。二是开展专项检查。',
    );
    expect(paragraphText(paragraphs, 's1-figures')).toContain('巡察反馈的1个问题中，已整改完成0个');
    expect(paragraphText(paragraphs, 'clues-figures')).toContain(
      '移交信访举报件1件，已办结1件，办结率100.0%',
    );
  });

  it('versions every edit (who, when, what), compares versions and keeps figures live until frozen', async () => {
    const draft = await createReportDraft(as(office), { inspectionId, asOf: '2019-10-31' });
    const edited = await editReportParagraph(as(office), {
      draftId: draft.id,
      version: 1,
      key: 's1-text',
      text: '（一）高位推动，强化组织领导。',
    });
    const inserted = await insertReportParagraph(as(office), {
      draftId: draft.id,
      version: edited.version,
      afterKey: 's1-text',
      text: '（二）精心部署，压实整改责任。',
    });
    const removed = await removeReportParagraph(as(office), {
      draftId: draft.id,
      version: inserted.version,
      key: 's2-text',
    });
    const stale = await failure(
      editReportParagraph(as(office), { draftId: draft.id, version: 1, key: 's3-text', text: '下一步' }),
    );
    expect(stale.code).toBe('CONFLICT');
    const live = await failure(
      editReportParagraph(as(office), {
        draftId: draft.id,
        version: removed.version,
        key: 's1-figures',
        text: '1',
      }),
    );
    expect(fieldCodes(live)).toEqual(['key:LIVE_FIGURES']);
    const heading = await failure(
      removeReportParagraph(as(office), { draftId: draft.id, version: removed.version, key: 's1' }),
    );
    expect(fieldCodes(heading)).toEqual(['key:NOT_REMOVABLE']);

    const versions = await listReportVersions(as(office), { draftId: draft.id });
    expect(versions.map((v) => [v.number, v.change, v.paragraphKey, v.authorName])).toEqual([
      [1, 'CREATE', null, '台账管理组'],
      [2, 'EDIT', 's1-text', '台账管理组'],
      [3, 'INSERT', 'text-3', '台账管理组'],
      [4, 'REMOVE', 's2-text', '台账管理组'],
    ]);
    const diff = await compareReportVersions(as(office), { draftId: draft.id, from: 1, to: 4 });
    expect(diff.filter((d) => d.change !== 'UNCHANGED').map((d) => [d.key, d.change])).toEqual([
      ['s1-text', 'CHANGED'],
      ['text-3', 'ADDED'],
      ['s2-text', 'REMOVED'],
    ]);
    const [audit] = await auditOf(t.db, 'reportDraft', draft.id);
    expect(audit).toMatchObject({ action: 'reportDraft.remove', actorUserId: office.userId });

    // Live: a task closed now shows in the draft's figures; frozen, they no longer move.
    const before = paragraphText(
      (await getReportDraft(as(office), { draftId: draft.id })).paragraphs,
      's1-figures',
    );
    await t.db.execute(
      `update tasks set status = 'CLOSED' where issue_id = (select issue_id from tasks where id = ${taskId})`,
    );
    const after = paragraphText(
      (await getReportDraft(as(office), { draftId: draft.id })).paragraphs,
      's1-figures',
    );
    expect(before).toContain('已整改完成0个');
    expect(after).toContain('已整改完成1个');
    const frozen = await freezeReportDraft(as(office), { draftId: draft.id, version: removed.version });
    expect(frozen.status).toBe('FROZEN');
    await t.db.execute(`update tasks set status = 'IN_PROGRESS' where id <> ${taskId}`);
    const fixed = paragraphText(
      (await getReportDraft(as(office), { draftId: draft.id })).paragraphs,
      's1-figures',
    );
    expect(fixed).toBe(after);
    const late = await failure(
      editReportParagraph(as(office), {
        draftId: draft.id,
        version: frozen.version,
        key: 's3-text',
        text: '下一步',
      }),
    );
    expect(late.code).toBe('INVALID_TRANSITION');
  });

  it('publishes a snapshot: its hash in the audit log, DOCX and HTML in the file store, readable by REPORT_READ partners', async () => {
    const draft = await createReportDraft(as(office), { inspectionId, asOf: '2019-11-30' });
    const partner = partnerActor(1, ['REPORT_READ']);
    const leader = userActor('LEADER', office.userId!, { leaderId: 1 });
    // Unpublished, it does not exist for a reader of published reports.
    expect((await failure(getReportDraft(as(partner), { draftId: draft.id }))).code).toBe('NOT_FOUND');
    expect(
      (await failure(publishReportDraft(as(leader), { draftId: draft.id, version: 1, files }))).code,
    ).toBe('FORBIDDEN');
    const published = await publishReportDraft(as(office), { draftId: draft.id, version: 1, files });
    expect(published.status).toBe('PUBLISHED');
    const { paragraphs } = await getReportDraft(as(partner), { draftId: draft.id });
    const hash = createHash('sha256').update(reportContentText(paragraphs)).digest('hex');
    expect(published.contentSha256).toBe(hash);
    const [audit] = await auditOf(t.db, 'reportDraft', draft.id);
    expect(audit).toMatchObject({ action: 'reportDraft.publish', after: { contentSha256: hash } });

    const html = await openPublishedReport(as(partner), { draftId: draft.id, format: 'HTML', files });
    expect(html.filename).toBe('整改进展情况通报-2019-11-30.html');
    const page = await text(html.stream);
    expect(page).toContain('<h1>中共某街道工作委员会关于巡察整改进展情况的通报</h1>');
    expect(page).toContain('<p class="signature">2019年11月30日</p>');
    const docx = await openPublishedReport(as(partner), { draftId: draft.id, format: 'DOCX', files });
    expect(docx.size).toBeGreaterThan(5000);
    expect((await listReportDrafts(as(partner), { inspectionId })).map((d) => d.id)).toEqual([draft.id]);
    expect((await listReportDrafts(as(office), { inspectionId })).length).toBe(3);
    expect((await failure(listReportVersions(as(partner), { draftId: draft.id }))).code).toBe('FORBIDDEN');
  });

  it('tells the change feed, and the webhooks of REPORT_READ clients, when a 通报 is published', async () => {
    const subscribed = async (scopes: PartnerScope[]) => {
      const [client] = await t.db
        .insert(apiClients)
        .values({
          name: scopes.join('+'),
          department: '某单位',
          scopes,
          tokenHash: `hash-${scopes.join('+')}`,
          tokenPrefix: 'rct_x',
          expiresAt: new Date(Date.now() + 86_400_000),
        })
        .returning();
      const [subscription] = await t.db
        .insert(webhookSubscriptions)
        .values({
          apiClientId: client!.id,
          url: 'https://partner.example/hook',
          secret: 'sealed',
          secretPrefix: 'whsec_x',
        })
        .returning();
      return subscription!.id;
    };
    const reports = await subscribed(['REPORT_READ']);
    const ledger = await subscribed(['LEDGER_READ']);
    const draft = await createReportDraft(as(office), { inspectionId, asOf: '2019-12-31' });
    const published = await publishReportDraft(as(office), { draftId: draft.id, version: 1, files });

    const reportsOf = async (scopes: PartnerScope[]) =>
      (await listChanges(as(partnerActor(1, scopes)), {})).changes.filter(
        (c) => c.kind === 'REPORT_PUBLISHED',
      );
    const seen = await reportsOf(['LEDGER_READ', 'REPORT_READ']);
    expect(seen).toHaveLength(2); // the earlier test's 通报 and this one
    const change = seen.at(-1);
    expect(change).toMatchObject({
      inspectionId,
      taskId: null,
      data: {
        reportDraftId: draft.id,
        inspectionId,
        asOf: '2019-12-31',
        contentSha256: published.contentSha256,
      },
    });
    expect(await reportsOf(['LEDGER_READ'])).toEqual([]);

    const sentTo = async (subscriptionId: number) =>
      (
        await t.db
          .select({ changeEventId: webhookDeliveries.changeEventId })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
      ).map((d) => String(d.changeEventId));
    expect(await sentTo(reports)).toEqual([String(decodeChangeCursor(change!.cursor))]);
    expect(await sentTo(ledger)).toEqual([]);
  });

  it('refuses an invalid date and an unknown inspection, naming the field', async () => {
    expect(
      fieldCodes(await failure(createReportDraft(as(office), { inspectionId, asOf: '2019-02-30' }))),
    ).toEqual(['asOf:INVALID_DATE']);
    expect(
      fieldCodes(await failure(createReportDraft(as(office), { inspectionId: 999_999, asOf: '2019-09-30' }))),
    ).toEqual(['inspectionId:NOT_FOUND']);
  });
});
