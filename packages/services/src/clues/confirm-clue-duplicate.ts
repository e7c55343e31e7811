import { type ClueCaseRow, clueCaseEvents } from '@rectify/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { invalidTransition } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import { defineClueUseCase, loadClueCase, NOTE_MAX, trimmedOrNull, writeClueCase } from './clue-rules.js';

export interface ClueDuplicateDecisionInput {
  id: number;
  version: number;
  note?: string | null;
}

/** Confirms a link the intake made: the case is a duplicate, and stays uncounted. */
export const confirmClueDuplicate = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ClueDuplicateDecisionInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    if (before.duplicateOfId == null) throw notLinked();
    const [latest] = await tx
      .select({ action: clueCaseEvents.action })
      .from(clueCaseEvents)
      .where(
        and(
          eq(clueCaseEvents.clueCaseId, before.id),
          inArray(clueCaseEvents.action, ['DUPLICATE_LINKED', 'DUPLICATE_CONFIRMED']),
        ),
      )
      .orderBy(desc(clueCaseEvents.id))
      .limit(1);
    if (latest?.action === 'DUPLICATE_CONFIRMED') {
      throw invalidTransition(messages.clues.duplicateLinkAlreadyConfirmed, 'duplicateOfId');
    }
    new Validator().maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX).done();
    return writeClueCase(ctx, before, input.version, {}, [
      {
        action: 'DUPLICATE_CONFIRMED',
        relatedClueCaseId: before.duplicateOfId,
        note: trimmedOrNull(input.note),
      },
    ]);
  },
);

export const notLinked = () => invalidTransition(messages.clues.caseNotLinkedDuplicate, 'duplicateOfId');
