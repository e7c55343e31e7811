import { clueDisclosureRequests, type Executor } from '@rectify/db';
import { type Actor, type Label, RequestStatus } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound, ServiceError } from '../kernel/errors.js';
import type { TxContext } from '../kernel/use-case.js';
import { updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { DISCLOSURE_LABEL } from './clue-labels.js';
import { ownersOf, ownsCase } from './clue-rules.js';

export type ClueDisclosureRequestRow = typeof clueDisclosureRequests.$inferSelect;

export interface ClueDisclosureDecisionInput {
  id: number;
  version: number;
  comment?: string | null;
}

export async function loadDisclosureRequest(tx: Executor, id: number): Promise<ClueDisclosureRequestRow> {
  const [row] = await tx.select().from(clueDisclosureRequests).where(eq(clueDisclosureRequests.id, id));
  if (!row) throw notFound(DISCLOSURE_LABEL, id);
  return row;
}

export function refuseUnlessPending(request: ClueDisclosureRequestRow): void {
  if (request.status === 'PENDING_APPROVAL') return;
  const status = RequestStatus.labels[request.status];
  throw invalidTransition(messages.clues.requestCanNoLongerDecided({ status }));
}

const refusal = (code: string, message: Label) =>
  new ServiceError('FORBIDDEN', message, [{ field: 'id', code, message }]);

/**
 * A disclosure is decided by a second owner: an owner of the case who is neither the one who asked nor the
 * one who would learn the identity.
 */
export async function refuseUnlessSecondOwner(
  tx: Executor,
  actor: Actor,
  request: ClueDisclosureRequestRow,
): Promise<void> {
  if (!ownsCase(actor, await ownersOf(tx, request.clueCaseId))) {
    throw refusal('NOT_OWNER', messages.clues.onlyOwnersDecideDisclosure);
  }
  if (actor.userId === request.requestedById || actor.userId === request.granteeUserId) {
    throw refusal('SECOND_OWNER_REQUIRED', messages.clues.disclosureDecidedAnotherOwnerNeither);
  }
}

/** Moves a pending request to its decision, guarded by its version, and audits it. */
export async function decideRequest(
  ctx: TxContext,
  before: ClueDisclosureRequestRow,
  version: number,
  status: 'APPROVED' | 'REJECTED' | 'WITHDRAWN',
  comment: string | null,
): Promise<ClueDisclosureRequestRow> {
  const { tx } = ctx;
  const now = ctx.now();
  const after = await updateVersioned(
    tx,
    clueDisclosureRequests,
    { id: before.id, version: version },
    DISCLOSURE_LABEL,
    {
      status,
      decidedById: ctx.actor.userId,
      decidedAt: now,
      decisionComment: comment,
      updatedAt: now,
    },
  );
  await recordAudit(tx, ctx.actor, {
    action: `clueDisclosureRequest.${status.toLowerCase()}`,
    entity: 'clueDisclosureRequest',
    entityId: before.id,
    before,
    after,
  });
  return after;
}
