import { defineUseCase, type TxContext } from '../kernel/use-case.js';
import {
  appendVersion,
  editableDraft,
  latestVersion,
  type ReportDraftRow,
  withLiveFigures,
} from './report-drafts-store.js';

/** Fixes the live figures as they stand now, in a version of their own; the draft takes no more edits. */
export async function freeze(ctx: TxContext, draft: ReportDraftRow): Promise<ReportDraftRow> {
  const { paragraphs } = await latestVersion(ctx.tx, draft.id);
  const fixed = await withLiveFigures(ctx.tx, draft, paragraphs);
  return appendVersion(ctx.tx, ctx.actor, draft, { change: 'FREEZE', key: null }, fixed, 'FROZEN');
}

export const freezeReportDraft = defineUseCase(
  'report.generate',
  async (ctx, input: { draftId: number; version: number }) =>
    freeze(ctx, await editableDraft(ctx.tx, input.draftId, input.version)),
);
