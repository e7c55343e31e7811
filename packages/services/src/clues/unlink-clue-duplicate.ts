import type { ClueCaseRow } from '@rectify/db';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import { defineClueUseCase, loadClueCase, NOTE_MAX, trimmedOrNull, writeClueCase } from './clue-rules.js';
import { type ClueDuplicateDecisionInput, notLinked } from './confirm-clue-duplicate.js';

/** Undoes a duplicate link (not the same clue after all): the case is counted and disposed on its own. */
export const unlinkClueDuplicate = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ClueDuplicateDecisionInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    if (before.duplicateOfId == null) throw notLinked();
    new Validator().maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX).done();
    return writeClueCase(ctx, before, input.version, { duplicateOfId: null }, [
      {
        action: 'DUPLICATE_UNLINKED',
        relatedClueCaseId: before.duplicateOfId,
        note: trimmedOrNull(input.note),
      },
    ]);
  },
);
