import type { TxContext } from '../kernel/use-case.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { settleToDos } from '../notifications/settle-to-dos.js';
import { ownersOf } from './clue-rules.js';
import type { ClueDisclosureRequestRow } from './disclosure-rules.js';

// What a disclosure request tells those concerned. A notice names the case by its serial only: never its
// subject, informant or matter, nor the request's reason or the decision's comment (free text that may quote
// them); the reader opens the case to learn more, as far as they may.

/** A new request asks the owners who may decide it: any owner but the one who asked and the grantee. */
export async function askOwnersToDecide(
  ctx: TxContext,
  request: ClueDisclosureRequestRow,
  serial: string,
): Promise<void> {
  const deciders = (await ownersOf(ctx.tx, request.clueCaseId)).filter(
    (id) => id !== request.requestedById && id !== request.granteeUserId,
  );
  await notify(
    ctx.tx,
    ctx.actor,
    ctx.now(),
    deciders.map((userId) => ({ userId })),
    {
      kind: 'REVIEW_REQUESTED',
      entity: 'clueDisclosureRequest',
      entityId: request.id,
      message: messages.clues.caseIdentityDisclosureRequestAwaiting({ serial }),
    },
  );
}

/**
 * A decided or withdrawn request is no owner's to-do any more; a decision is told to the one who asked (the
 * decider is not told of their own act).
 */
export async function closeDisclosureRequest(
  ctx: TxContext,
  request: ClueDisclosureRequestRow,
  serial: string,
  outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN',
): Promise<void> {
  const now = ctx.now();
  await settleToDos(ctx.tx, now, 'clueDisclosureRequest', request.id);
  if (outcome === 'WITHDRAWN') return;
  await notify(ctx.tx, ctx.actor, now, [{ userId: request.requestedById }], {
    kind: 'DECISION_MADE',
    entity: 'clueDisclosureRequest',
    entityId: request.id,
    message:
      outcome === 'APPROVED'
        ? messages.clues.yourDisclosureApproved({ serial })
        : messages.clues.yourDisclosureRefused({ serial }),
  });
}
