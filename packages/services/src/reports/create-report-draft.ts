import { reportDrafts, reportDraftVersions } from '@rectify/db';
import { draftReport, draftTitle } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { REPORT_DRAFT_FIELDS } from './report-labels.js';
import { loadReportSource } from './report-source.js';

export interface CreateReportDraftInput {
  inspectionId: number;
  /** The 截至 date; today (China time) when not given. */
  asOf?: string | null;
  /** Also make the source text's ASCII punctuation full-width. */
  normalisePunctuation?: boolean | null;
}

/** A new 通报 draft of an inspection as of a date, pre-filled in the real report's structure (version 1). */
export const createReportDraft = defineUseCase(
  'report.generate',
  async (ctx, input: CreateReportDraftInput) => {
    const asOf = input.asOf ?? todayOf(ctx);
    const v = new Validator().isoDate('asOf', REPORT_DRAFT_FIELDS.asOf, asOf);
    v.done();
    const source = await loadReportSource(ctx.tx, input.inspectionId, asOf);
    const normalisePunctuation = input.normalisePunctuation ?? false;
    const paragraphs = draftReport(source, { normalisePunctuation });
    const [draft] = await ctx.tx
      .insert(reportDrafts)
      .values({
        inspectionId: input.inspectionId,
        asOf,
        title: draftTitle(source.inspection),
        normalisePunctuation,
        createdById: ctx.actor.userId,
      })
      .returning();
    await ctx.tx.insert(reportDraftVersions).values({
      draftId: draft!.id,
      number: 1,
      change: 'CREATE',
      paragraphs,
      authorId: ctx.actor.userId,
    });
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'reportDraft.create',
      entity: 'reportDraft',
      entityId: draft!.id,
      after: { inspectionId: input.inspectionId, asOf, normalisePunctuation },
    });
    return draft!;
  },
);
