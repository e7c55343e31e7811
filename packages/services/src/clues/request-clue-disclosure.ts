import { clueDisclosureRequests } from '@rectify/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { DISCLOSURE_FIELDS, DISCLOSURE_LABEL } from './clue-labels.js';
import {
  checkDisciplineUsers,
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  ownersOf,
  recordHistory,
} from './clue-rules.js';
import { askOwnersToDecide } from './disclosure-notices.js';
import type { ClueDisclosureRequestRow } from './disclosure-rules.js';

export interface RequestClueDisclosureInput {
  clueCaseId: number;
  /** The DISCIPLINE user who would learn the subject and the informant. */
  granteeUserId: number;
  reason: string;
}

/**
 * Asks that a case's identity fields be disclosed to another DISCIPLINE user (who may be the one asking). The
 * request waits for a second owner's decision (the owners who may give it are told); nothing is disclosed until
 * it is approved.
 */
export const requestClueDisclosure = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: RequestClueDisclosureInput): Promise<ClueDisclosureRequestRow> => {
    const { tx } = ctx;
    const clue = await loadClueCase(tx, input.clueCaseId, 'clueCaseId');
    const v = new Validator()
      .required('granteeUserId', DISCLOSURE_FIELDS.granteeUserId, input.granteeUserId)
      .required('reason', DISCLOSURE_FIELDS.reason, input.reason)
      .maxLength('reason', DISCLOSURE_FIELDS.reason, input.reason, NOTE_MAX);
    if (input.granteeUserId != null) {
      await checkDisciplineUsers(tx, v, 'granteeUserId', [input.granteeUserId]);
      if ((await ownersOf(tx, clue.id)).includes(input.granteeUserId)) {
        v.add('granteeUserId', 'ALREADY_OWNER', messages.clues.userAlreadyOwnsCase);
      }
      const [pending] = await tx
        .select({ id: clueDisclosureRequests.id })
        .from(clueDisclosureRequests)
        .where(
          and(
            eq(clueDisclosureRequests.clueCaseId, clue.id),
            eq(clueDisclosureRequests.granteeUserId, input.granteeUserId),
            eq(clueDisclosureRequests.status, 'PENDING_APPROVAL'),
          ),
        );
      if (pending) {
        v.add(
          'granteeUserId',
          'PENDING_EXISTS',
          messages.clues.userAlreadyPending({ entity: DISCLOSURE_LABEL, id: pending.id }),
        );
      }
    }
    v.done();
    const now = ctx.now();
    const [row] = await tx
      .insert(clueDisclosureRequests)
      .values({
        clueCaseId: clue.id,
        granteeUserId: input.granteeUserId,
        requestedById: ctx.actor.userId,
        reason: input.reason.trim(),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordHistory(ctx, clue.id, {
      action: 'DISCLOSURE_REQUESTED',
      fromStatus: clue.status,
      toStatus: clue.status,
      relatedUserId: input.granteeUserId,
      note: input.reason.trim(),
    });
    await recordAudit(tx, ctx.actor, {
      action: 'clueDisclosureRequest.request',
      entity: 'clueDisclosureRequest',
      entityId: row!.id,
      after: row,
    });
    await askOwnersToDecide(ctx, row!, clue.serial);
    return row!;
  },
);
