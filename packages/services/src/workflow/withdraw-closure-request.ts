import type { ClosureRequestRow } from '@rectify/db';
import { actsForTaskAsUnit, transitionRequest } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { assertVersion } from '../kernel/versioned.js';
import { type TaskWithCoUnits, writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { CLOSURE, settleWithdrawal } from './review-step.js';
import { CLOSURE_REQUEST_LABEL } from './workflow-labels.js';
import { allowedMove, lockedTaskInScope, notLeadUnit } from './workflow-rules.js';

export interface WithdrawRequestInput {
  id: number;
  /** The version of the request that was read. */
  version: number;
}

/** The lead unit takes back a closure request still under review; the task returns to work. */
export const withdrawClosureRequest = defineUseCase(
  'closure.request',
  async (
    ctx,
    input: WithdrawRequestInput,
  ): Promise<{ closureRequest: ClosureRequestRow; task: TaskWithCoUnits }> => {
    const { tx, actor } = ctx;
    const request = await CLOSURE.lock(tx, input.id);
    const task = request && (await lockedTaskInScope(tx, actor, request.taskId));
    if (!request || !task) throw notFound(CLOSURE_REQUEST_LABEL, input.id);
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit(messages.workflow.withdrawClosureRequest);
    assertVersion(request, input.version, CLOSURE_REQUEST_LABEL);
    const move = transitionRequest(request.status, 'WITHDRAW');
    if (!move.ok) throw invalidTransition(move.reason);
    const taskStatus = allowedMove(task.status, 'WITHDRAW_CLOSURE');

    const now = ctx.now();
    const closureRequest = await CLOSURE.update(tx, request, { status: move.to, updatedAt: now });
    const after = await writeTask(tx, task, { status: taskStatus }, now);
    await recordAudit(tx, actor, {
      action: 'closureRequest.withdraw',
      entity: 'closureRequest',
      entityId: request.id,
      before: request,
      after: closureRequest,
    });
    await recordAudit(tx, actor, {
      action: 'task.withdrawClosure',
      entity: 'task',
      entityId: task.id,
      before: task,
      after,
    });
    await settleWithdrawal(
      tx,
      actor,
      now,
      { entity: 'closureRequest', id: request.id, status: request.status },
      task,
      messages.workflow.closureRequestWithdrawn,
    );
    return { closureRequest, task: after };
  },
);
