import type { ExtensionRequestRow } from '@rectify/db';
import { actsForTaskAsUnit, transitionRequest } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { EXTENSION, settleWithdrawal } from './review-step.js';
import type { WithdrawRequestInput } from './withdraw-closure-request.js';
import { EXTENSION_REQUEST_LABEL } from './workflow-labels.js';
import { lockedTaskInScope, notLeadUnit } from './workflow-rules.js';

/** The lead unit takes back an extension request still under review; the deadline stays. */
export const withdrawExtensionRequest = defineUseCase(
  'extension.request',
  async (ctx, input: WithdrawRequestInput): Promise<ExtensionRequestRow> => {
    const { tx, actor } = ctx;
    const request = await EXTENSION.lock(tx, input.id);
    const task = request && (await lockedTaskInScope(tx, actor, request.taskId));
    if (!request || !task) throw notFound(EXTENSION_REQUEST_LABEL, input.id);
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit(messages.workflow.withdrawExtensionRequest);
    assertVersion(request, input.version, EXTENSION_REQUEST_LABEL);
    const move = transitionRequest(request.status, 'WITHDRAW');
    if (!move.ok) throw invalidTransition(move.reason);

    const now = ctx.now();
    const row = await EXTENSION.update(tx, request, { status: move.to, updatedAt: now });
    await recordAudit(tx, actor, {
      action: 'extensionRequest.withdraw',
      entity: 'extensionRequest',
      entityId: request.id,
      before: request,
      after: row,
    });
    await settleWithdrawal(
      tx,
      actor,
      now,
      { entity: 'extensionRequest', id: request.id, status: request.status },
      task,
      messages.workflow.extensionRequestWithdrawn,
    );
    return row;
  },
);
