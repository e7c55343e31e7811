import { ServiceError } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { DISCLOSURE_FIELDS, DISCLOSURE_LABEL } from './clue-labels.js';
import { defineClueUseCase, loadClueCase, NOTE_MAX, recordHistory, trimmedOrNull } from './clue-rules.js';
import { closeDisclosureRequest } from './disclosure-notices.js';
import {
  type ClueDisclosureDecisionInput,
  type ClueDisclosureRequestRow,
  decideRequest,
  loadDisclosureRequest,
  refuseUnlessPending,
} from './disclosure-rules.js';

/** The one who asked withdraws a pending disclosure request. */
export const withdrawClueDisclosure = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ClueDisclosureDecisionInput): Promise<ClueDisclosureRequestRow> => {
    const { tx } = ctx;
    const before = await loadDisclosureRequest(tx, input.id);
    assertVersion(before, input.version, DISCLOSURE_LABEL);
    refuseUnlessPending(before);
    if (ctx.actor.userId == null || ctx.actor.userId !== before.requestedById) {
      const message = messages.clues.onlyOneWhoAskedMay;
      throw new ServiceError('FORBIDDEN', message, [{ field: 'id', code: 'NOT_REQUESTER', message }]);
    }
    new Validator().maxLength('comment', DISCLOSURE_FIELDS.comment, input.comment, NOTE_MAX).done();
    const comment = trimmedOrNull(input.comment);
    const after = await decideRequest(ctx, before, input.version, 'WITHDRAWN', comment);
    const clue = await loadClueCase(tx, before.clueCaseId);
    await recordHistory(ctx, clue.id, {
      action: 'DISCLOSURE_WITHDRAWN',
      fromStatus: clue.status,
      toStatus: clue.status,
      relatedUserId: before.granteeUserId,
      note: comment,
    });
    await closeDisclosureRequest(ctx, before, clue.serial, 'WITHDRAWN');
    return after;
  },
);
