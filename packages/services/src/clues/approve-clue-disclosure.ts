import { clueCaseOwners } from '@rectify/db';
import { recordAudit } from '../kernel/audit.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { DISCLOSURE_FIELDS, DISCLOSURE_LABEL } from './clue-labels.js';
import {
  checkDisciplineUsers,
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  ownersOf,
  recordHistory,
  trimmedOrNull,
} from './clue-rules.js';
import { closeDisclosureRequest } from './disclosure-notices.js';
import {
  type ClueDisclosureDecisionInput,
  type ClueDisclosureRequestRow,
  decideRequest,
  loadDisclosureRequest,
  refuseUnlessPending,
  refuseUnlessSecondOwner,
} from './disclosure-rules.js';

/** A second owner approves a disclosure: the grantee becomes an owner of the case, on record. */
export const approveClueDisclosure = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ClueDisclosureDecisionInput): Promise<ClueDisclosureRequestRow> => {
    const { tx } = ctx;
    const before = await loadDisclosureRequest(tx, input.id);
    assertVersion(before, input.version, DISCLOSURE_LABEL);
    refuseUnlessPending(before);
    await refuseUnlessSecondOwner(tx, ctx.actor, before);
    const v = new Validator().maxLength('comment', DISCLOSURE_FIELDS.comment, input.comment, NOTE_MAX);
    // The grantee may have left the discipline body since asking.
    await checkDisciplineUsers(tx, v, 'granteeUserId', [before.granteeUserId]);
    v.done();
    const comment = trimmedOrNull(input.comment);
    const after = await decideRequest(ctx, before, input.version, 'APPROVED', comment);
    await tx
      .insert(clueCaseOwners)
      .values({ clueCaseId: before.clueCaseId, userId: before.granteeUserId })
      .onConflictDoNothing();
    const clue = await loadClueCase(tx, before.clueCaseId);
    await recordHistory(ctx, clue.id, {
      action: 'DISCLOSURE_APPROVED',
      fromStatus: clue.status,
      toStatus: clue.status,
      relatedUserId: before.granteeUserId,
      note: comment,
    });
    const owners = await ownersOf(tx, clue.id);
    await recordAudit(tx, ctx.actor, {
      action: 'clueCase.ownerAdded',
      entity: 'clueCase',
      entityId: clue.id,
      after: { ownerUserIds: owners, disclosureRequestId: before.id },
    });
    await closeDisclosureRequest(ctx, before, clue.serial, 'APPROVED');
    // Every other owner learns who else now reads the case's identities (the serial only: nothing confidential);
    // the one who asked has just been told.
    await notify(
      tx,
      ctx.actor,
      ctx.now(),
      owners.filter((userId) => userId !== before.requestedById).map((userId) => ({ userId })),
      {
        kind: 'DECISION_MADE',
        entity: 'clueCase',
        entityId: clue.id,
        message: messages.clues.caseNewOwnerApprovedDisclosure({ serial: clue.serial }),
      },
    );
    return after;
  },
);
