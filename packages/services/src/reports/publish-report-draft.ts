import { reportDrafts } from '@rectify/db';
import { type ReportParagraph, reportContentText } from '@rectify/domain';
import { draftBlocks, renderBlocksDocx, renderBlocksHtml } from '@rectify/ledger-io';
import { eq } from 'drizzle-orm';
import { recordChange } from '../change-feed/record-change.js';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { assertVersion, bumped } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { type FileStore, sha256Of } from '../workflow/file-store.js';
import { freeze } from './freeze-report-draft.js';
import { latestVersion } from './report-drafts-store.js';
import { REPORT_DRAFT_LABEL } from './report-labels.js';

/** The rendered 通报 of a draft's paragraphs: GB/T 9704 Word document and print-ready HTML. */
async function renderPublishedReport(paragraphs: readonly ReportParagraph[]) {
  const title = paragraphs.find((p) => p.kind === 'TITLE')?.text ?? '';
  const creator = paragraphs.find((p) => p.kind === 'SIGNATURE')?.text ?? '';
  const blocks = draftBlocks(paragraphs);
  return {
    docx: await renderBlocksDocx({ title, creator }, blocks),
    html: new TextEncoder().encode(renderBlocksHtml(title, blocks)),
  };
}

/**
 * Publishes a draft: freezes it if the office has not, renders the DOCX and HTML into the file store, and
 * records the SHA-256 of the published paragraphs in the draft and the audit log, and tells the change feed
 * (and so partners' webhooks). A published 通报 never changes.
 */
export const publishReportDraft = defineUseCase(
  'report.publish',
  async (ctx, input: { draftId: number; version: number; files: FileStore }) => {
    const [found] = await ctx.tx
      .select()
      .from(reportDrafts)
      .where(eq(reportDrafts.id, input.draftId))
      .for('update');
    if (!found) throw notFound(REPORT_DRAFT_LABEL, input.draftId, 'draftId');
    assertVersion(found, input.version, REPORT_DRAFT_LABEL);
    if (found.status === 'PUBLISHED') throw invalidTransition(messages.reports.reportAlreadyPublished);
    const draft = found.status === 'DRAFT' ? await freeze(ctx, found) : found;
    const { number, paragraphs } = await latestVersion(ctx.tx, draft.id);
    const contentSha256 = sha256Of(new TextEncoder().encode(reportContentText(paragraphs)));
    const { docx, html } = await renderPublishedReport(paragraphs);
    const [docxFile, htmlFile] = [await input.files.put(docx, ctx.tx), await input.files.put(html, ctx.tx)];
    const publishedAt = ctx.now();
    const [published] = await ctx.tx
      .update(reportDrafts)
      .set({
        status: 'PUBLISHED',
        publishedAt,
        publishedById: ctx.actor.userId,
        contentSha256,
        docxSha256: docxFile.sha256,
        htmlSha256: htmlFile.sha256,
        version: bumped(reportDrafts.version),
        updatedAt: publishedAt,
      })
      .where(eq(reportDrafts.id, draft.id))
      .returning();
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'reportDraft.publish',
      entity: 'reportDraft',
      entityId: draft.id,
      before: { status: draft.status },
      after: {
        status: 'PUBLISHED',
        versionNumber: number,
        contentSha256,
        docxSha256: docxFile.sha256,
        htmlSha256: htmlFile.sha256,
      },
    });
    await recordChange(
      ctx.tx,
      {
        kind: 'REPORT_PUBLISHED',
        inspectionId: draft.inspectionId,
        data: { reportDraftId: draft.id, inspectionId: draft.inspectionId, asOf: draft.asOf, contentSha256 },
      },
      publishedAt,
    );
    return published!;
  },
);
