import {
  closureRequests,
  deadlineChanges,
  evidence,
  extensionRequests,
  progressReports,
  reviews,
  tasks,
  users,
} from '@rectify/db';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { messages } from '../messages/index.js';
import {
  defineEntity,
  desc,
  type EntityDef,
  type EntityName,
  extendEntity,
  type ReadContext,
  tracked,
} from '../read/registry-types.js';
import { taskScopeSql } from '../read/scope-sql.js';

// The workflow's records in the read model's registry. Each is visible exactly when its task is, and reading it
// needs progress.read (the workflow is part of a task's progress: partners read it with the PROGRESS_READ scope).

export type WorkflowEntityName = Extract<
  EntityName,
  'ClosureRequest' | 'ExtensionRequest' | 'Review' | 'Evidence' | 'DeadlineChange'
>;

const wt = alias(tasks, 'wt');
const wv = alias(tasks, 'wv');
const wu = alias(users, 'wu');
const wc = alias(closureRequests, 'wc');
const we = alias(extensionRequests, 'we');
const wp = alias(progressReports, 'wp');

/** Rows whose task (the id `taskId`) is one the reader may see. */
const viaTask = (rc: ReadContext, taskId: SQLWrapper): SQL | null => {
  const visible = taskScopeSql(rc.scope, wt);
  return visible && sql`exists (select 1 from ${tasks} ${wt} where ${wt.id} = ${taskId} and ${visible})`;
};

const userName = (userId: SQLWrapper) =>
  sql`(select ${wu.displayName} from ${users} ${wu} where ${wu.id} = ${userId})`;

export const WORKFLOW_ENTITIES = {
  ClosureRequest: defineEntity(closureRequests, {
    label: messages.workflow.closureRequest,
    permission: 'progress.read',
    columns: {
      id: closureRequests.id,
      taskId: closureRequests.taskId,
      requestedById: closureRequests.requestedById,
      requestedByName: (row) => userName(row.requestedById),
      statement: closureRequests.statement,
      status: closureRequests.status,
      endorsedTaskVersion: closureRequests.endorsedTaskVersion,
      taskVersion: (row) => sql`(select ${wv.version} from ${tasks} ${wv} where ${wv.id} = ${row.taskId})`,
      ...tracked(closureRequests),
    },
    needs: { endorsementCurrent: ['status', 'endorsedTaskVersion', 'taskVersion'] },
    relations: {
      task: { kind: 'one', target: 'Task', local: closureRequests.taskId },
      reviews: {
        kind: 'many',
        target: 'Review',
        remote: reviews.closureRequestId,
        orderBy: [reviews.decidedAt, reviews.id],
      },
    },
    scope: (rc, row) => viaTask(rc, row.taskId),
  }),
  ExtensionRequest: defineEntity(extensionRequests, {
    label: messages.workflow.extensionRequest,
    permission: 'progress.read',
    columns: {
      id: extensionRequests.id,
      taskId: extensionRequests.taskId,
      requestedById: extensionRequests.requestedById,
      requestedByName: (row) => userName(row.requestedById),
      currentDeadline: extensionRequests.currentDeadline,
      proposedDeadline: extensionRequests.proposedDeadline,
      reason: extensionRequests.reason,
      status: extensionRequests.status,
      ...tracked(extensionRequests),
    },
    relations: {
      task: { kind: 'one', target: 'Task', local: extensionRequests.taskId },
      reviews: {
        kind: 'many',
        target: 'Review',
        remote: reviews.extensionRequestId,
        orderBy: [reviews.decidedAt, reviews.id],
      },
    },
    scope: (rc, row) => viaTask(rc, row.taskId),
  }),
  Review: defineEntity(reviews, {
    label: messages.workflow.review,
    permission: 'progress.read',
    columns: {
      id: reviews.id,
      closureRequestId: reviews.closureRequestId,
      extensionRequestId: reviews.extensionRequestId,
      step: reviews.step,
      decision: reviews.decision,
      comment: reviews.comment,
      reviewerId: reviews.reviewerId,
      reviewerName: (row) => userName(row.reviewerId),
      taskStatusAtDecision: reviews.taskStatusAtDecision,
      taskVersionAtDecision: reviews.taskVersionAtDecision,
      decidedAt: reviews.decidedAt,
    },
    relations: {},
    scope: (rc, row) =>
      viaTask(
        rc,
        sql`coalesce((select ${wc.taskId} from ${closureRequests} ${wc} where ${wc.id} = ${row.closureRequestId}),
          (select ${we.taskId} from ${extensionRequests} ${we} where ${we.id} = ${row.extensionRequestId}))`,
      ),
  }),
  Evidence: defineEntity(evidence, {
    label: messages.workflow.evidence,
    permission: 'progress.read',
    columns: {
      id: evidence.id,
      taskId: evidence.taskId,
      progressReportId: evidence.progressReportId,
      fileName: evidence.fileName,
      contentType: evidence.contentType,
      size: evidence.size,
      sha256: evidence.sha256,
      uploadedById: evidence.uploadedById,
      uploadedByName: (row) => userName(row.uploadedById),
      uploadedAt: evidence.uploadedAt,
    },
    relations: {
      task: { kind: 'one', target: 'Task', local: evidence.taskId },
      progressReport: { kind: 'one', target: 'ProgressReport', local: evidence.progressReportId },
    },
    scope: (rc, row) => viaTask(rc, row.taskId),
  }),
  DeadlineChange: defineEntity(deadlineChanges, {
    label: messages.workflow.deadlineChange,
    permission: 'progress.read',
    columns: {
      id: deadlineChanges.id,
      taskId: deadlineChanges.taskId,
      fromDeadline: deadlineChanges.fromDeadline,
      toDeadline: deadlineChanges.toDeadline,
      extensionRequestId: deadlineChanges.extensionRequestId,
      changedById: deadlineChanges.changedById,
      changedByName: (row) => userName(row.changedById),
      changedAt: deadlineChanges.changedAt,
    },
    relations: {
      extensionRequest: {
        kind: 'one',
        target: 'ExtensionRequest',
        local: deadlineChanges.extensionRequestId,
      },
    },
    scope: (rc, row) => viaTask(rc, row.taskId),
  }),
} satisfies Record<WorkflowEntityName, EntityDef>;

/** What the workflow adds to a task: its requests, evidence and deadline history, and its latest report time. */
export const WORKFLOW_ON_TASK = extendEntity(tasks, {
  columns: {
    lastReportedAt: (row) =>
      sql`(select max(${wp.reportedAt}) from ${progressReports} ${wp} where ${wp.taskId} = ${row.id})`,
  },
  needs: { missingReport: ['status', 'lastReportedAt'] },
  relations: {
    closureRequests: {
      kind: 'many',
      target: 'ClosureRequest',
      remote: closureRequests.taskId,
      orderBy: [desc(closureRequests.createdAt), desc(closureRequests.id)],
    },
    extensionRequests: {
      kind: 'many',
      target: 'ExtensionRequest',
      remote: extensionRequests.taskId,
      orderBy: [desc(extensionRequests.createdAt), desc(extensionRequests.id)],
    },
    evidence: {
      kind: 'many',
      target: 'Evidence',
      remote: evidence.taskId,
      orderBy: [desc(evidence.uploadedAt), desc(evidence.id)],
    },
    deadlineChanges: {
      kind: 'many',
      target: 'DeadlineChange',
      remote: deadlineChanges.taskId,
      orderBy: [deadlineChanges.changedAt, deadlineChanges.id],
    },
  },
});

/** What the workflow adds to a progress report: the evidence sent with it. */
export const WORKFLOW_ON_PROGRESS_REPORT = extendEntity(progressReports, {
  relations: {
    evidence: {
      kind: 'many',
      target: 'Evidence',
      remote: evidence.progressReportId,
      orderBy: [evidence.uploadedAt, evidence.id],
    },
  },
});
