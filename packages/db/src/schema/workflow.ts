import type { Label } from '@rectify/domain';
import { check, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, tracked } from './columns.js';
import { requestStatus, reviewDecision, reviewStep, taskStatus } from './enums.js';
import { tasks } from './ledger.js';
import { users } from './access.js';

export const closureRequests = pgTable(
  'closure_requests',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    requestedById: integer('requested_by_id').references(() => users.id),
    statement: text('statement').notNull(),
    status: requestStatus('status').notNull().default('PENDING_ENDORSEMENT'),
    endorsedTaskVersion: integer('endorsed_task_version'),
    ...tracked(),
  },
  (t) => [index('closure_requests_task_idx').on(t.taskId)],
);

export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    requestedById: integer('requested_by_id').references(() => users.id),
    currentDeadline: date('current_deadline', { mode: 'string' }),
    proposedDeadline: date('proposed_deadline', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    status: requestStatus('status').notNull().default('PENDING_ENDORSEMENT'),
    ...tracked(),
  },
  (t) => [index('extension_requests_task_idx').on(t.taskId)],
);

/** A decision on exactly one closure or extension request. */
export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    closureRequestId: integer('closure_request_id').references(() => closureRequests.id),
    extensionRequestId: integer('extension_request_id').references(() => extensionRequests.id),
    step: reviewStep('step').notNull(),
    decision: reviewDecision('decision').notNull(),
    comment: text('comment').notNull().default(''),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    taskStatusAtDecision: taskStatus('task_status_at_decision').notNull(),
    taskVersionAtDecision: integer('task_version_at_decision').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reviews_one_request', sql`num_nonnulls(${t.closureRequestId}, ${t.extensionRequestId}) = 1`),
    index('reviews_closure_idx').on(t.closureRequestId),
    index('reviews_extension_idx').on(t.extensionRequestId),
  ],
);

/** Inbox items: deadline near, overdue, review requested, decision made, supervision finding. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    /** In both languages, so that each reader gets it in theirs. */
    message: jsonb('message').$type<Label>().notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
    // A decision settles the unread to-dos about its record, in the deciding request.
    index('notifications_unread_entity_idx').on(t.entity, t.entityId).where(sql`read_at is null`),
  ],
);
