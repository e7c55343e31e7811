import type { Readable } from 'node:stream';
import { reportDrafts, reportDraftVersions, users } from '@rectify/db';
import {
  can,
  compareParagraphs,
  type ParagraphDiff,
  type PublishedReportFormat,
  type ReportParagraph,
} from '@rectify/domain';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import type { FileStore } from '../workflow/file-store.js';
import { currentParagraphs, type ReportDraftRow, visibleDraft } from './report-drafts-store.js';
import { PUBLISHED_REPORT_LABEL, REPORT_VERSION_LABEL } from './report-labels.js';

/** Whoever reads reports: the office drafting them, or any reader of published ones. */
function authorizeRead(ctx: ServiceContext): void {
  if (!can(ctx.actor, 'report.generate')) authorize(ctx.actor, 'report.read');
}

/** The drafts (newest 截至 first); a reader of published reports sees the published ones only. */
export async function listReportDrafts(
  ctx: ServiceContext,
  filter: { inspectionId?: number | null } = {},
): Promise<ReportDraftRow[]> {
  authorizeRead(ctx);
  const conditions: SQL[] = [];
  if (filter.inspectionId != null) conditions.push(eq(reportDrafts.inspectionId, filter.inspectionId));
  if (!can(ctx.actor, 'report.generate')) conditions.push(eq(reportDrafts.status, 'PUBLISHED'));
  return ctx.db
    .select()
    .from(reportDrafts)
    .where(and(...conditions))
    .orderBy(desc(reportDrafts.asOf), desc(reportDrafts.id));
}

/** A draft with its paragraphs as they read now (live figures recomputed until it is frozen). */
export async function getReportDraft(
  ctx: ServiceContext,
  input: { draftId: number },
): Promise<{ draft: ReportDraftRow; paragraphs: ReportParagraph[] }> {
  authorizeRead(ctx);
  const draft = await visibleDraft(ctx.db, ctx.actor, input.draftId);
  return { draft, paragraphs: await currentParagraphs(ctx.db, draft) };
}

export interface ReportVersionSummary {
  number: number;
  change: (typeof reportDraftVersions.$inferSelect)['change'];
  paragraphKey: string | null;
  authorId: number | null;
  authorName: string | null;
  createdAt: Date;
}

/** Who changed what, when: every version of a draft, oldest first. Drafting offices only. */
export async function listReportVersions(
  ctx: ServiceContext,
  input: { draftId: number },
): Promise<ReportVersionSummary[]> {
  authorize(ctx.actor, 'report.generate');
  await visibleDraft(ctx.db, ctx.actor, input.draftId);
  return ctx.db
    .select({
      number: reportDraftVersions.number,
      change: reportDraftVersions.change,
      paragraphKey: reportDraftVersions.paragraphKey,
      authorId: reportDraftVersions.authorId,
      authorName: users.displayName,
      createdAt: reportDraftVersions.createdAt,
    })
    .from(reportDraftVersions)
    .leftJoin(users, eq(users.id, reportDraftVersions.authorId))
    .where(eq(reportDraftVersions.draftId, input.draftId))
    .orderBy(asc(reportDraftVersions.number));
}

/** Two versions of a draft, paragraph by paragraph. */
export async function compareReportVersions(
  ctx: ServiceContext,
  input: { draftId: number; from: number; to: number },
): Promise<ParagraphDiff[]> {
  authorize(ctx.actor, 'report.generate');
  await visibleDraft(ctx.db, ctx.actor, input.draftId);
  const version = async (number: number, field: string) => {
    const [row] = await ctx.db
      .select({ paragraphs: reportDraftVersions.paragraphs })
      .from(reportDraftVersions)
      .where(and(eq(reportDraftVersions.draftId, input.draftId), eq(reportDraftVersions.number, number)));
    if (!row) throw notFound(REPORT_VERSION_LABEL, number, field);
    return row.paragraphs;
  };
  return compareParagraphs(await version(input.from, 'from'), await version(input.to, 'to'));
}

const PUBLISHED_TYPES: Record<PublishedReportFormat, { extension: string; mimeType: string }> = {
  DOCX: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  HTML: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
};

/** A published 通报's stored file: 整改进展情况通报-2018-11-26.docx, exactly as it was published. */
export async function openPublishedReport(
  ctx: ServiceContext,
  input: { draftId: number; format: PublishedReportFormat; files: FileStore },
): Promise<{ filename: string; mimeType: string; size: number; stream: Readable }> {
  authorizeRead(ctx);
  const draft = await visibleDraft(ctx.db, ctx.actor, input.draftId);
  const sha256 = input.format === 'DOCX' ? draft.docxSha256 : draft.htmlSha256;
  const file = sha256 == null ? null : await input.files.open(sha256);
  if (!file) throw notFound(PUBLISHED_REPORT_LABEL, input.draftId, 'draftId');
  const { extension, mimeType } = PUBLISHED_TYPES[input.format];
  return { filename: `整改进展情况通报-${draft.asOf}.${extension}`, mimeType, ...file };
}
