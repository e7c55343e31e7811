import { type ExtensionRequestRow, extensionRequests, type ReviewRow } from '@rectify/db';
import { leadsTask, transitionRequest } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, bumped } from '../kernel/versioned.js';
import type { TaskWithCoUnits } from '../ledger/task-rules.js';
import { notify } from '../notifications/notify.js';
import type { ReviewRequestInput } from './endorse-closure-request.js';
import { checkDecision, lockExtensionRequest, recordReview } from './request-rules.js';
import { EXTENSION_REQUEST_LABEL } from './workflow-labels.js';
import { lockedTaskInScope, reviewerOf, taskCaption } from './workflow-rules.js';

export interface ExtensionReviewResult {
  extensionRequest: ExtensionRequestRow;
  review: ReviewRow;
  task: TaskWithCoUnits;
}

/** The responsible leader endorses an extension request (to the office) or sends it back with the reason. */
export const endorseExtensionRequest = defineUseCase(
  'extension.endorse',
  async (ctx, input: ReviewRequestInput): Promise<ExtensionReviewResult> => {
    const { tx, actor } = ctx;
    const reviewerId = reviewerOf(actor);
    const request = await lockExtensionRequest(tx, input.id);
    const task = request && (await lockedTaskInScope(tx, actor, request.taskId));
    if (!request || !task || !leadsTask(actor, task)) throw notFound(EXTENSION_REQUEST_LABEL, input.id);
    assertVersion(request, input.version, EXTENSION_REQUEST_LABEL);
    const move = transitionRequest(request.status, 'ENDORSE');
    if (!move.ok) throw invalidTransition(move.reason);
    const v = new Validator();
    checkDecision(v, input);
    v.done();

    const now = ctx.now();
    const approve = input.decision === 'APPROVE';
    const review = await recordReview(tx, {
      request: { extensionRequestId: request.id },
      step: 'ENDORSEMENT',
      decision: input.decision,
      comment: input.comment,
      reviewerId,
      task,
      now,
    });
    const [row] = await tx
      .update(extensionRequests)
      .set({
        status: approve ? move.to : 'REJECTED',
        version: bumped(extensionRequests.version),
        updatedAt: now,
      })
      .where(and(eq(extensionRequests.id, request.id), eq(extensionRequests.version, request.version)))
      .returning();
    await recordAudit(tx, actor, {
      action: approve ? 'extensionRequest.endorse' : 'extensionRequest.reject',
      entity: 'extensionRequest',
      entityId: request.id,
      before: request,
      after: { ...row, review },
    });
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }], {
      kind: 'DECISION_MADE',
      entity: 'extensionRequest',
      entityId: request.id,
      message: approve
        ? {
            zh: `${caption}的延期申请已由责任领导签字背书`,
            en: `The extension request of ${caption} was endorsed`,
          }
        : {
            zh: `${caption}的延期申请被责任领导退回:${review.comment}`,
            en: `The extension request of ${caption} was sent back by the leader: ${review.comment}`,
          },
    });
    if (approve) {
      await notify(tx, actor, now, [{ role: 'OFFICE' }], {
        kind: 'REVIEW_REQUESTED',
        entity: 'extensionRequest',
        entityId: request.id,
        message: {
          zh: `${caption}申请延期至${request.proposedDeadline},已签字背书,请审核`,
          en: `The extension of ${caption} to ${request.proposedDeadline} is endorsed: please review it`,
        },
      });
    }
    return { extensionRequest: row!, review, task };
  },
);
