import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { DISCLOSURE_FIELDS, DISCLOSURE_LABEL } from './clue-labels.js';
import { defineClueUseCase, loadClueCase, NOTE_MAX, recordHistory } from './clue-rules.js';
import { closeDisclosureRequest } from './disclosure-notices.js';
import {
  type ClueDisclosureDecisionInput,
  type ClueDisclosureRequestRow,
  decideRequest,
  loadDisclosureRequest,
  refuseUnlessPending,
  refuseUnlessSecondOwner,
} from './disclosure-rules.js';

/** A second owner rejects a disclosure, saying why; nothing is disclosed. The one who asked is told. */
export const rejectClueDisclosure = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ClueDisclosureDecisionInput): Promise<ClueDisclosureRequestRow> => {
    const { tx } = ctx;
    const before = await loadDisclosureRequest(tx, input.id);
    assertVersion(before, input.version, DISCLOSURE_LABEL);
    refuseUnlessPending(before);
    await refuseUnlessSecondOwner(tx, ctx.actor, before);
    new Validator()
      .required('comment', DISCLOSURE_FIELDS.comment, input.comment)
      .maxLength('comment', DISCLOSURE_FIELDS.comment, input.comment, NOTE_MAX)
      .done();
    const comment = input.comment!.trim();
    const after = await decideRequest(ctx, before, input.version, 'REJECTED', comment);
    const clue = await loadClueCase(tx, before.clueCaseId);
    await recordHistory(ctx, clue.id, {
      action: 'DISCLOSURE_REJECTED',
      fromStatus: clue.status,
      toStatus: clue.status,
      relatedUserId: before.granteeUserId,
      note: comment,
    });
    await closeDisclosureRequest(ctx, before, clue.serial, 'REJECTED');
    return after;
  },
);
