import { type Executor, reportDrafts, reportDraftVersions } from '@rectify/db';
import { type Actor, can, liveText, type ReportChange, type ReportParagraph } from '@rectify/domain';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { assertVersion, bumped } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { REPORT_DRAFT_LABEL } from './report-labels.js';
import { loadReportSource } from './report-source.js';

export type ReportDraftRow = typeof reportDrafts.$inferSelect;

/**
 * The draft of an id as the actor may see it: an office drafting reports sees every draft; a reader of
 * published reports (report.read) only published ones — any other draft reads as not found.
 */
export async function visibleDraft(db: Executor, actor: Actor, draftId: number): Promise<ReportDraftRow> {
  const [draft] = await db.select().from(reportDrafts).where(eq(reportDrafts.id, draftId));
  if (!draft || (draft.status !== 'PUBLISHED' && !can(actor, 'report.generate')))
    throw notFound(REPORT_DRAFT_LABEL, draftId, 'draftId');
  return draft;
}

/** A draft the office is about to change: it exists, was read at this version and is not frozen yet. */
export async function editableDraft(tx: Executor, draftId: number, version: number): Promise<ReportDraftRow> {
  const [draft] = await tx.select().from(reportDrafts).where(eq(reportDrafts.id, draftId)).for('update');
  if (!draft) throw notFound(REPORT_DRAFT_LABEL, draftId, 'draftId');
  assertVersion(draft, version, REPORT_DRAFT_LABEL);
  if (draft.status !== 'DRAFT') throw invalidTransition(messages.reports.reportFrozenCanNoLonger);
  return draft;
}

export async function latestVersion(db: Executor, draftId: number) {
  const [latest] = await db
    .select()
    .from(reportDraftVersions)
    .where(eq(reportDraftVersions.draftId, draftId))
    .orderBy(desc(reportDraftVersions.number))
    .limit(1);
  if (!latest) throw notFound(REPORT_DRAFT_LABEL, draftId, 'draftId');
  return latest;
}

/** The draft's paragraphs as they read now: a draft's live figures are recomputed, a frozen draft's are fixed. */
export async function currentParagraphs(db: Executor, draft: ReportDraftRow): Promise<ReportParagraph[]> {
  const { paragraphs } = await latestVersion(db, draft.id);
  if (draft.status !== 'DRAFT') return paragraphs;
  return withLiveFigures(db, draft, paragraphs);
}

export async function withLiveFigures(
  db: Executor,
  draft: ReportDraftRow,
  paragraphs: readonly ReportParagraph[],
): Promise<ReportParagraph[]> {
  const source = await loadReportSource(db, draft.inspectionId, draft.asOf);
  return paragraphs.map((p) =>
    p.kind === 'FIGURES' || p.kind === 'CLUE_FIGURES' ? { ...p, text: liveText(p.kind, source) } : p,
  );
}

/**
 * Records a new version of the paragraphs (who, when, what changed), bumps the draft's version, and writes
 * the audit event with the changed paragraph's text before and after.
 */
export async function appendVersion(
  tx: Executor,
  actor: Actor,
  draft: ReportDraftRow,
  change: { change: ReportChange; key: string | null; before?: string | null; after?: string | null },
  paragraphs: ReportParagraph[],
  status: ReportDraftRow['status'] = draft.status,
): Promise<ReportDraftRow> {
  const previous = await latestVersion(tx, draft.id);
  const number = previous.number + 1;
  await tx.insert(reportDraftVersions).values({
    draftId: draft.id,
    number,
    change: change.change,
    paragraphKey: change.key,
    paragraphs,
    authorId: actor.userId,
  });
  const [updated] = await tx
    .update(reportDrafts)
    .set({ status, version: bumped(reportDrafts.version), updatedAt: new Date() })
    .where(eq(reportDrafts.id, draft.id))
    .returning();
  await recordAudit(tx, actor, {
    action: `reportDraft.${change.change.toLowerCase()}`,
    entity: 'reportDraft',
    entityId: draft.id,
    before: change.key == null ? null : { version: number - 1, key: change.key, text: change.before ?? null },
    after: { version: number, key: change.key, text: change.after ?? null, status },
  });
  return updated!;
}
