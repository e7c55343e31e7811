import { isRemovableParagraph } from '@rectify/domain';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { appendVersion, editableDraft, latestVersion } from './report-drafts-store.js';
import { PARAGRAPH_LABEL } from './report-labels.js';

/** Removes a narrative paragraph; the report's skeleton (headings, problems, figures) stays. */
export const removeReportParagraph = defineUseCase(
  'report.generate',
  async (ctx, input: { draftId: number; version: number; key: string }) => {
    const draft = await editableDraft(ctx.tx, input.draftId, input.version);
    const { paragraphs } = await latestVersion(ctx.tx, draft.id);
    const paragraph = paragraphs.find((p) => p.key === input.key);
    if (!paragraph) throw notFound(PARAGRAPH_LABEL, input.key, 'key');
    new Validator()
      .check(
        isRemovableParagraph(paragraph.kind),
        'key',
        'NOT_REMOVABLE',
        messages.reports.onlyNarrativeParagraphsCanRemoved,
      )
      .done();
    const next = paragraphs.filter((p) => p.key !== input.key);
    return appendVersion(
      ctx.tx,
      ctx.actor,
      draft,
      { change: 'REMOVE', key: input.key, before: paragraph.text },
      next,
    );
  },
);
