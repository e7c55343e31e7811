import {
  type ClosureRequestRow,
  closureRequests,
  type Executor,
  type ExtensionRequestRow,
  extensionRequests,
  type ReviewRow,
} from '@rectify/db';
import {
  type Actor,
  type Label,
  leadsTask,
  type RequestStatus,
  type ReviewStep,
  transitionRequest,
} from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import type { TxContext } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import type { TaskWithCoUnits } from '../ledger/task-rules.js';
import { notify } from '../notifications/notify.js';
import { settleToDos } from '../notifications/settle-to-dos.js';
import type { ReviewRequestInput } from './endorse-closure-request.js';
import {
  checkDecision,
  endorsementOutdated,
  lockClosureRequest,
  lockExtensionRequest,
  recordReview,
} from './request-rules.js';
import { CLOSURE_REQUEST_LABEL, EXTENSION_REQUEST_LABEL } from './workflow-labels.js';
import { lockedTaskInScope, reviewerOf, taskCaption } from './workflow-rules.js';

/**
 * What differs between a closure request and an extension request in their two-step review: the table, the
 * names, and whether an endorsement may be given again (a closure whose task changed since it was endorsed).
 */
export interface RequestKind<R extends ClosureRequestRow | ExtensionRequestRow> {
  entity: 'closureRequest' | 'extensionRequest';
  label: Label;
  lock(tx: Executor, id: number): Promise<R | null>;
  /** The review's link to its request. */
  link(id: number): { closureRequestId: number } | { extensionRequestId: number };
  /** Writes the request as read (at `request.version`), bumping the version. */
  update(tx: Executor, request: R, values: Partial<R>): Promise<R>;
  endorsesAgain?(request: R, task: TaskWithCoUnits): boolean;
}

export const CLOSURE: RequestKind<ClosureRequestRow> = {
  entity: 'closureRequest',
  label: CLOSURE_REQUEST_LABEL,
  lock: lockClosureRequest,
  link: (id) => ({ closureRequestId: id }),
  update: (tx, request, values) =>
    updateVersioned(tx, closureRequests, request, CLOSURE_REQUEST_LABEL, values),
  endorsesAgain: endorsementOutdated,
};

export const EXTENSION: RequestKind<ExtensionRequestRow> = {
  entity: 'extensionRequest',
  label: EXTENSION_REQUEST_LABEL,
  lock: lockExtensionRequest,
  link: (id) => ({ extensionRequestId: id }),
  update: (tx, request, values) =>
    updateVersioned(tx, extensionRequests, request, EXTENSION_REQUEST_LABEL, values),
};

export interface OpenReview<R> {
  request: R;
  task: TaskWithCoUnits;
  reviewerId: number;
  approve: boolean;
}

/**
 * Opens one review step on a request, both locked for the transaction (two reviewers acting at once are served
 * one after the other): the request and its task in the reviewer's scope — for the endorsement, a task the
 * leader leads; any other is not theirs to know of —, the version read, the step the request awaits, and the
 * decision (a rejection says why).
 */
export async function openReview<R extends ClosureRequestRow | ExtensionRequestRow>(
  ctx: TxContext,
  kind: RequestKind<R>,
  step: ReviewStep,
  input: ReviewRequestInput,
): Promise<OpenReview<R>> {
  const { tx, actor } = ctx;
  const reviewerId = reviewerOf(actor);
  const request = await kind.lock(tx, input.id);
  const task = request && (await lockedTaskInScope(tx, actor, request.taskId));
  const endorsing = step === 'ENDORSEMENT';
  if (!request || !task || (endorsing && !leadsTask(actor, task))) throw notFound(kind.label, input.id);
  assertVersion(request, input.version, kind.label);
  const move = transitionRequest(request.status, endorsing ? 'ENDORSE' : 'APPROVE');
  if (!move.ok && !(endorsing && kind.endorsesAgain?.(request, task))) throw invalidTransition(move.reason);
  const v = new Validator();
  checkDecision(v, input);
  v.done();
  return { request, task, reviewerId, approve: input.decision === 'APPROVE' };
}

/**
 * Records the decision: the review (with the task as it stood), the request's new state, and the audit event
 * (`…endorse`, `…approve` or `…reject`). The step's to-dos are done, in every reviewer's inbox.
 */
export async function recordDecision<R extends ClosureRequestRow | ExtensionRequestRow>(
  ctx: TxContext,
  kind: RequestKind<R>,
  step: ReviewStep,
  open: OpenReview<R>,
  input: ReviewRequestInput,
  values: Partial<R>,
  now: Date,
): Promise<{ review: ReviewRow; row: R }> {
  const { tx, actor } = ctx;
  const { request, task, approve } = open;
  const review = await recordReview(tx, {
    request: kind.link(request.id),
    step,
    decision: input.decision,
    comment: input.comment,
    reviewerId: open.reviewerId,
    task,
    now,
  });
  const row = await kind.update(tx, request, { ...values, updatedAt: now });
  await settleToDos(tx, now, kind.entity, request.id);
  const verb = !approve ? 'reject' : step === 'ENDORSEMENT' ? 'endorse' : 'approve';
  await recordAudit(tx, actor, {
    action: `${kind.entity}.${verb}`,
    entity: kind.entity,
    entityId: request.id,
    before: request,
    after: { ...row, review },
  });
  return { review, row };
}

/**
 * After the lead unit withdraws a request: it is no reviewer's to-do any more, and the leader hears of it
 * (the office too, when the request had reached it). `status` is the request's status before the withdrawal.
 */
export async function settleWithdrawal(
  tx: Executor,
  actor: Actor,
  now: Date,
  request: { entity: RequestKind<ClosureRequestRow>['entity']; id: number; status: RequestStatus },
  task: TaskWithCoUnits,
  message: (p: { caption: string }) => Label,
): Promise<void> {
  await settleToDos(tx, now, request.entity, request.id);
  const caption = await taskCaption(tx, task);
  await notify(
    tx,
    actor,
    now,
    request.status === 'PENDING_APPROVAL'
      ? [{ leaderId: task.leaderId }, { role: 'OFFICE' }]
      : [{ leaderId: task.leaderId }],
    { kind: 'DECISION_MADE', entity: request.entity, entityId: request.id, message: message({ caption }) },
  );
}
