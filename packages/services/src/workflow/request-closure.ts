import { type ClosureRequestRow, closureRequests } from '@rectify/db';
import { actsForTaskAsUnit } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { type TaskWithCoUnits, writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { STATEMENT_MAX } from './request-rules.js';
import { REQUEST_FIELDS } from './workflow-labels.js';
import {
  allowedMove,
  evidenceCountOf,
  lockedTaskInScope,
  notLeadUnit,
  taskCaption,
} from './workflow-rules.js';

export interface RequestClosureInput {
  taskId: number;
  /** 整改完成情况: what was done, for the reviewers. */
  statement: string;
}

export interface RequestClosureResult {
  closureRequest: ClosureRequestRow;
  task: TaskWithCoUnits;
}

/**
 * 申请销号: the lead unit asks to close a task, stating what was done, with the evidence it has uploaded to the
 * task (at least one file). The responsible leader endorses next; the office approves last.
 */
export const requestClosure = defineUseCase(
  'closure.request',
  async (ctx, input: RequestClosureInput): Promise<RequestClosureResult> => {
    const { tx, actor } = ctx;
    const task = await lockedTaskInScope(tx, actor, input.taskId);
    if (!task) throw notFound(TASK_LABEL, input.taskId, 'taskId');
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit(messages.workflow.requestClosure);
    if (task.status === 'CLOSURE_REQUESTED') {
      throw invalidTransition(messages.workflow.taskAlreadyClosureRequestUnder, 'taskId');
    }
    const v = new Validator()
      .required('statement', REQUEST_FIELDS.statement, input.statement)
      .maxLength('statement', REQUEST_FIELDS.statement, input.statement, STATEMENT_MAX);
    if ((await evidenceCountOf(tx, task.id)) === 0) {
      v.add('evidence', 'EVIDENCE_REQUIRED', messages.workflow.uploadEvidenceBeforeRequestingClosure);
    }
    const status = allowedMove(task.status, 'REQUEST_CLOSURE');
    v.done();

    const now = ctx.now();
    const after = await writeTask(tx, task, { status }, now);
    const [row] = await tx
      .insert(closureRequests)
      .values({
        taskId: task.id,
        requestedById: actor.userId,
        statement: input.statement.trim(),
        status: 'PENDING_ENDORSEMENT',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const closureRequest = row!;
    await recordAudit(tx, actor, {
      action: 'closureRequest.create',
      entity: 'closureRequest',
      entityId: closureRequest.id,
      after: closureRequest,
    });
    await recordAudit(tx, actor, {
      action: 'task.requestClosure',
      entity: 'task',
      entityId: task.id,
      before: task,
      after,
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ leaderId: task.leaderId }], {
      kind: 'REVIEW_REQUESTED',
      entity: 'closureRequest',
      entityId: closureRequest.id,
      message: messages.workflow.closureRequestedPleaseEndorse({ caption }),
    });
    return { closureRequest, task: after };
  },
);
