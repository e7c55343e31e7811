import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { MAX_PARAGRAPH_LENGTH } from './edit-report-paragraph.js';
import { appendVersion, editableDraft, latestVersion } from './report-drafts-store.js';
import { PARAGRAPH_LABEL, REPORT_DRAFT_FIELDS } from './report-labels.js';

export interface InsertReportParagraphInput {
  draftId: number;
  version: number;
  /** The paragraph the new one follows. */
  afterKey: string;
  text: string;
}

/** Adds a narrative paragraph (一、's themes, 三、's next steps …) after another one. */
export const insertReportParagraph = defineUseCase(
  'report.generate',
  async (ctx, input: InsertReportParagraphInput) => {
    const draft = await editableDraft(ctx.tx, input.draftId, input.version);
    const latest = await latestVersion(ctx.tx, draft.id);
    const index = latest.paragraphs.findIndex((p) => p.key === input.afterKey);
    if (index < 0) throw notFound(PARAGRAPH_LABEL, input.afterKey, 'afterKey');
    new Validator()
      .required('text', REPORT_DRAFT_FIELDS.text, input.text)
      .maxLength('text', REPORT_DRAFT_FIELDS.text, input.text, MAX_PARAGRAPH_LENGTH)
      .done();
    // The version number it is added in names it: unique within the draft, stable from then on.
    const key = `text-${latest.number + 1}`;
    const text = input.text.trim();
    const next = [...latest.paragraphs];
    next.splice(index + 1, 0, { key, kind: 'TEXT', text });
    return appendVersion(ctx.tx, ctx.actor, draft, { change: 'INSERT', key, after: text }, next);
  },
);
