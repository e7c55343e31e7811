import { type SQL, sql } from 'drizzle-orm';
import type { EntityDef, ReadContext, Relation } from '../read/entities.js';
import { taskScopeSql } from '../read/scope-sql.js';

// The workflow's records in the read model's registry. Each is visible exactly when its task is, and reading it
// needs progress.read (the workflow is part of a task's progress: partners read it with the PROGRESS_READ scope).

export type WorkflowEntityName =
  | 'ClosureRequest'
  | 'ExtensionRequest'
  | 'Review'
  | 'Evidence'
  | 'DeadlineChange';

const tracked = { createdAt: 'created_at', updatedAt: 'updated_at', version: 'version' };

/** Rows whose `task_id` names a task the reader may see. */
const viaTask = (rc: ReadContext, alias: string, taskId = `${alias}.task_id`) => {
  const visible = taskScopeSql(rc.scope, 'wt');
  return visible && sql`exists (select 1 from tasks wt where wt.id = ${sql.raw(taskId)} and ${visible})`;
};

const userName = (column: string) => (a: SQL) =>
  sql`(select wu.display_name from users wu where wu.id = ${a}.${sql.raw(column)})`;

export const WORKFLOW_ENTITIES: Record<WorkflowEntityName, EntityDef> = {
  ClosureRequest: {
    table: 'closure_requests',
    label: { zh: '销号申请', en: 'Closure request' },
    permission: 'progress.read',
    columns: {
      id: 'id',
      taskId: 'task_id',
      requestedById: 'requested_by_id',
      requestedByName: userName('requested_by_id'),
      statement: 'statement',
      status: 'status',
      endorsedTaskVersion: 'endorsed_task_version',
      taskVersion: (a) => sql`(select wv.version from tasks wv where wv.id = ${a}.task_id)`,
      ...tracked,
    },
    needs: { endorsementCurrent: ['status', 'endorsedTaskVersion', 'taskVersion'] },
    relations: {
      task: { kind: 'one', target: 'Task', localColumn: 'task_id' },
      reviews: {
        kind: 'many',
        target: 'Review',
        remoteColumn: 'closure_request_id',
        orderBy: 'decided_at, id',
      },
    },
    scope: viaTask,
  },
  ExtensionRequest: {
    table: 'extension_requests',
    label: { zh: '延期申请', en: 'Extension request' },
    permission: 'progress.read',
    columns: {
      id: 'id',
      taskId: 'task_id',
      requestedById: 'requested_by_id',
      requestedByName: userName('requested_by_id'),
      currentDeadline: 'current_deadline',
      proposedDeadline: 'proposed_deadline',
      reason: 'reason',
      status: 'status',
      ...tracked,
    },
    relations: {
      task: { kind: 'one', target: 'Task', localColumn: 'task_id' },
      reviews: {
        kind: 'many',
        target: 'Review',
        remoteColumn: 'extension_request_id',
        orderBy: 'decided_at, id',
      },
    },
    scope: viaTask,
  },
  Review: {
    table: 'reviews',
    label: { zh: '审核记录', en: 'Review' },
    permission: 'progress.read',
    columns: {
      id: 'id',
      closureRequestId: 'closure_request_id',
      extensionRequestId: 'extension_request_id',
      step: 'step',
      decision: 'decision',
      comment: 'comment',
      reviewerId: 'reviewer_id',
      reviewerName: userName('reviewer_id'),
      taskStatusAtDecision: 'task_status_at_decision',
      taskVersionAtDecision: 'task_version_at_decision',
      decidedAt: 'decided_at',
    },
    relations: {},
    scope: (rc, alias) =>
      viaTask(
        rc,
        alias,
        `coalesce((select wc.task_id from closure_requests wc where wc.id = ${alias}.closure_request_id),
          (select we.task_id from extension_requests we where we.id = ${alias}.extension_request_id))`,
      ),
  },
  Evidence: {
    table: 'evidence',
    label: { zh: '佐证材料', en: 'Evidence' },
    permission: 'progress.read',
    columns: {
      id: 'id',
      taskId: 'task_id',
      progressReportId: 'progress_report_id',
      fileName: 'file_name',
      contentType: 'content_type',
      size: 'size',
      sha256: 'sha256',
      uploadedById: 'uploaded_by_id',
      uploadedByName: userName('uploaded_by_id'),
      // The schema names the column created_at.
      uploadedAt: 'created_at',
    },
    relations: {
      task: { kind: 'one', target: 'Task', localColumn: 'task_id' },
      progressReport: { kind: 'one', target: 'ProgressReport', localColumn: 'progress_report_id' },
    },
    scope: viaTask,
  },
  DeadlineChange: {
    table: 'deadline_changes',
    label: { zh: '完成时限调整', en: 'Deadline change' },
    permission: 'progress.read',
    columns: {
      id: 'id',
      taskId: 'task_id',
      fromDeadline: 'from_deadline',
      toDeadline: 'to_deadline',
      extensionRequestId: 'extension_request_id',
      changedById: 'changed_by_id',
      changedByName: userName('changed_by_id'),
      changedAt: 'created_at',
    },
    relations: {
      extensionRequest: { kind: 'one', target: 'ExtensionRequest', localColumn: 'extension_request_id' },
    },
    scope: viaTask,
  },
};

/** What the workflow adds to a task: its requests, evidence and deadline history, and its latest report time. */
export const WORKFLOW_TASK_COLUMNS: EntityDef['columns'] = {
  lastReportedAt: (a) =>
    sql`(select max(wp.reported_at) from progress_reports wp where wp.task_id = ${a}.id)`,
};
export const WORKFLOW_TASK_NEEDS: NonNullable<EntityDef['needs']> = {
  missingReport: ['status', 'lastReportedAt'],
};
export const WORKFLOW_TASK_RELATIONS: Record<string, Relation> = {
  closureRequests: {
    kind: 'many',
    target: 'ClosureRequest',
    remoteColumn: 'task_id',
    orderBy: 'created_at desc, id desc',
  },
  extensionRequests: {
    kind: 'many',
    target: 'ExtensionRequest',
    remoteColumn: 'task_id',
    orderBy: 'created_at desc, id desc',
  },
  evidence: {
    kind: 'many',
    target: 'Evidence',
    remoteColumn: 'task_id',
    orderBy: 'created_at desc, id desc',
  },
  deadlineChanges: {
    kind: 'many',
    target: 'DeadlineChange',
    remoteColumn: 'task_id',
    orderBy: 'created_at, id',
  },
};
export const WORKFLOW_PROGRESS_REPORT_RELATIONS: Record<string, Relation> = {
  evidence: {
    kind: 'many',
    target: 'Evidence',
    remoteColumn: 'progress_report_id',
    orderBy: 'created_at, id',
  },
};
