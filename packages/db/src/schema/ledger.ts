import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tracked } from './columns.js';
import { inspectionKind, inspectionLevel, issueKind, problemLead, taskStatus, taskTerm } from './enums.js';
import { leaders, units } from './organisation.js';
import { users } from './access.js';

export const inspections = pgTable('inspections', {
  id: id(),
  name: text('name').notNull(),
  inspectingBody: text('inspecting_body').notNull(),
  inspectedOrganisation: text('inspected_organisation').notNull(),
  level: inspectionLevel('level').notNull(),
  kind: inspectionKind('kind').notNull(),
  onSiteFrom: date('on_site_from', { mode: 'string' }),
  onSiteTo: date('on_site_to', { mode: 'string' }),
  feedbackDate: date('feedback_date', { mode: 'string' }),
  rectificationDeadline: date('rectification_deadline', { mode: 'string' }),
  ...tracked(),
});

export const issues = pgTable(
  'issues',
  {
    id: id(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    parentId: integer('parent_id').references((): AnyPgColumn => issues.id),
    kind: issueKind('kind').notNull(),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    /**
     * The node's place in the tree as zero-padded positions ("0002.0001.0003"): sorts in document order
     * (codes in Chinese numerals do not), and every descendant's key starts with its ancestors'.
     */
    sortKey: text('sort_key').notNull(),
    title: text('title').notNull(),
    /** 针对 or 关于, as the source printed the item's paragraph; null for a heading in its own words. */
    titleLead: problemLead('title_lead'),
    responseText: text('response_text'),
    leadLeaderId: integer('lead_leader_id').references(() => leaders.id),
    leadUnitId: integer('lead_unit_id').references(() => units.id),
    ...tracked(),
  },
  (t) => [
    uniqueIndex('issues_inspection_sort_key_idx').on(t.inspectionId, t.sortKey.op('text_pattern_ops')),
    uniqueIndex('issues_inspection_code_idx').on(t.inspectionId, t.code),
    index('issues_parent_idx').on(t.parentId),
    // The list orders the API offers (id last, as the read model breaks ties; read backwards for DESC). The
    // unique index above holds sort_key in text_pattern_ops, which serves prefix searches but not ORDER BY.
    index('issues_code_order_idx').on(t.inspectionId, t.sortKey, t.id),
    index('issues_title_order_idx').on(t.title, t.id),
    index('issues_updated_order_idx').on(t.updatedAt, t.id),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    issueId: integer('issue_id')
      .notNull()
      .references(() => issues.id),
    ordinal: text('ordinal').notNull().default(''),
    position: integer('position').notNull(),
    measure: text('measure').notNull(),
    target: text('target'),
    leaderId: integer('leader_id').references(() => leaders.id),
    leadUnitId: integer('lead_unit_id').references(() => units.id),
    deadline: date('deadline', { mode: 'string' }),
    term: taskTerm('term').notNull().default('BY_DEADLINE'),
    status: taskStatus('status').notNull().default('NOT_STARTED'),
    ...tracked(),
  },
  (t) => [
    index('tasks_issue_idx').on(t.issueId, t.position),
    index('tasks_lead_unit_idx').on(t.leadUnitId, t.deadline),
    index('tasks_leader_idx').on(t.leaderId),
    index('tasks_status_deadline_idx').on(t.status, t.deadline),
    // The list orders (CODE walks issues_code_order_idx, then tasks_issue_idx).
    index('tasks_deadline_order_idx').on(t.deadline, t.id),
    index('tasks_status_order_idx').on(t.status, t.id),
    index('tasks_updated_order_idx').on(t.updatedAt, t.id),
    index('tasks_created_order_idx').on(t.createdAt, t.id),
  ],
);

/** 配合单位: units that co-operate on a task. */
export const taskCoUnits = pgTable(
  'task_co_units',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_co_units_unit_idx').on(t.unitId)],
);

export const progressReports = pgTable(
  'progress_reports',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    period: date('period', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    percent: integer('percent').notNull(),
    reportedById: integer('reported_by_id').references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('progress_reports_task_idx').on(t.taskId, t.reportedAt.desc(), t.id.desc()),
    // The list orders.
    index('progress_reports_reported_order_idx').on(t.reportedAt, t.id),
    index('progress_reports_period_order_idx').on(t.period, t.id),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    progressReportId: integer('progress_report_id').references(() => progressReports.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedById: integer('uploaded_by_id').references(() => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [index('evidence_task_idx').on(t.taskId)],
);

/** Every deadline a task has had, and the extension that moved it. */
export const deadlineChanges = pgTable(
  'deadline_changes',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    fromDeadline: date('from_deadline', { mode: 'string' }),
    toDeadline: date('to_deadline', { mode: 'string' }).notNull(),
    extensionRequestId: integer('extension_request_id'),
    changedById: integer('changed_by_id').references(() => users.id),
    changedAt: createdAt(),
  },
  (t) => [index('deadline_changes_task_idx').on(t.taskId)],
);
