import type { ExtensionRequestRow, ReviewRow } from '@rectify/db';
import { defineUseCase } from '../kernel/use-case.js';
import type { TaskWithCoUnits } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import type { ReviewRequestInput } from './endorse-closure-request.js';
import { EXTENSION, openReview, recordDecision } from './review-step.js';
import { taskCaption } from './workflow-rules.js';

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
    const open = await openReview(ctx, EXTENSION, 'ENDORSEMENT', input);
    const { request, task, approve } = open;
    const now = ctx.now();
    const { review, row } = await recordDecision(
      ctx,
      EXTENSION,
      'ENDORSEMENT',
      open,
      input,
      { status: approve ? 'PENDING_APPROVAL' : 'REJECTED' },
      now,
    );
    const caption = await taskCaption(tx, task);
    await notify(tx, actor, now, [{ unitId: task.leadUnitId }], {
      kind: 'DECISION_MADE',
      entity: 'extensionRequest',
      entityId: request.id,
      message: approve
        ? messages.workflow.extensionRequestEndorsed({ caption })
        : messages.workflow.extensionRequestSentBackLeader({ caption, comment: review.comment }),
    });
    if (approve) {
      await notify(tx, actor, now, [{ role: 'OFFICE' }], {
        kind: 'REVIEW_REQUESTED',
        entity: 'extensionRequest',
        entityId: request.id,
        message: messages.workflow.extensionEndorsedPleaseReview({
          caption,
          proposedDeadline: request.proposedDeadline,
        }),
      });
    }
    return { extensionRequest: row, review, task };
  },
);
