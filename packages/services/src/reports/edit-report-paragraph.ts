import { isLiveParagraph } from '@rectify/domain';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { appendVersion, editableDraft, latestVersion } from './report-drafts-store.js';
import { PARAGRAPH_LABEL, REPORT_DRAFT_FIELDS } from './report-labels.js';

export interface EditReportParagraphInput {
  draftId: number;
  /** The draft's version the office read. */
  version: number;
  key: string;
  text: string;
}

export const MAX_PARAGRAPH_LENGTH = 20_000;

/** Rewrites one paragraph: a new version naming the paragraph, its text before and after. */
export const editReportParagraph = defineUseCase(
  'report.generate',
  async (ctx, input: EditReportParagraphInput) => {
    const draft = await editableDraft(ctx.tx, input.draftId, input.version);
    const { paragraphs } = await latestVersion(ctx.tx, draft.id);
    const index = paragraphs.findIndex((p) => p.key === input.key);
    const paragraph = paragraphs[index];
    if (!paragraph) throw notFound(PARAGRAPH_LABEL, input.key, 'key');
    new Validator()
      .check(
        !isLiveParagraph(paragraph.kind),
        'key',
        'LIVE_FIGURES',
        messages.reports.figuresParagraphComputedLedgerClue,
      )
      .maxLength('text', REPORT_DRAFT_FIELDS.text, input.text, MAX_PARAGRAPH_LENGTH)
      .done();
    const text = input.text.trim();
    const next = paragraphs.map((p, i) => (i === index ? { ...p, text } : p));
    return appendVersion(
      ctx.tx,
      ctx.actor,
      draft,
      { change: 'EDIT', key: input.key, before: paragraph.text, after: text },
      next,
    );
  },
);
