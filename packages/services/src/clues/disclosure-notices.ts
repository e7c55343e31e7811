import type { TxContext } from '../kernel/use-case.js';
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
      message: {
        zh: `线索${serial}有一项身份知悉申请待您审批`,
        en: `case ${serial} has an identity disclosure request awaiting your decision`,
      },
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
        ? {
            zh: `您提出的线索${serial}身份知悉申请已获批准`,
            en: `your identity disclosure request on case ${serial} was approved`,
          }
        : {
            zh: `您提出的线索${serial}身份知悉申请未获批准，审批意见请在线索中查看`,
            en: `your identity disclosure request on case ${serial} was rejected: see the case for the reason`,
          },
  });
}
