import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './access.js';
import { clueCases } from './clue.js';
import { id, tracked } from './columns.js';
import { clueOutcome, clueStatus, disposalMethod, requestStatus } from './enums.js';
import { leaders, units } from './organisation.js';

/**
 * The history of a clue case (处置过程): one row per step — intake, routing, owning leader, escalation, each
 * disposal, shelving and reopening, the conclusion, duplicate links and identity disclosures. It never holds
 * the subject or the informant; the case's audit events record the same steps for the audit trail.
 */
export const clueCaseEvents = pgTable(
  'clue_case_events',
  {
    id: id(),
    clueCaseId: integer('clue_case_id')
      .notNull()
      .references(() => clueCases.id, { onDelete: 'cascade' }),
    /** What happened: one of the services' ClueHistoryAction values. */
    action: text('action').notNull(),
    fromStatus: clueStatus('from_status'),
    toStatus: clueStatus('to_status'),
    disposalMethod: disposalMethod('disposal_method'),
    deadline: date('deadline', { mode: 'string' }),
    outcome: clueOutcome('outcome'),
    /** The body routed or escalated to (cleared if that unit is ever deleted). */
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
    /** The owning leader assigned (cleared if that leader is ever deleted). */
    leaderId: integer('leader_id').references(() => leaders.id, { onDelete: 'set null' }),
    /** The first intake a duplicate is linked to (or was unlinked from). */
    relatedClueCaseId: integer('related_clue_case_id').references(() => clueCases.id),
    /** The user an identity disclosure concerns. */
    relatedUserId: integer('related_user_id').references(() => users.id),
    note: text('note'),
    actorUserId: integer('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('clue_case_events_case_idx').on(t.clueCaseId, t.at)],
);

/**
 * A request to disclose a case's identity fields to another DISCIPLINE user (信访举报人保护): approved or
 * rejected by a second owner of the case; on approval the grantee becomes an owner.
 */
export const clueDisclosureRequests = pgTable(
  'clue_disclosure_requests',
  {
    id: id(),
    clueCaseId: integer('clue_case_id')
      .notNull()
      .references(() => clueCases.id, { onDelete: 'cascade' }),
    granteeUserId: integer('grantee_user_id')
      .notNull()
      .references(() => users.id),
    requestedById: integer('requested_by_id').references(() => users.id),
    reason: text('reason').notNull(),
    /** PENDING_APPROVAL, then APPROVED, REJECTED or WITHDRAWN. */
    status: requestStatus('status').notNull().default('PENDING_APPROVAL'),
    decidedById: integer('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
    ...tracked(),
  },
  (t) => [
    index('clue_disclosure_requests_case_idx').on(t.clueCaseId),
    // One open request per case and grantee.
    uniqueIndex('clue_disclosure_requests_pending_idx')
      .on(t.clueCaseId, t.granteeUserId)
      .where(sql`status = 'PENDING_APPROVAL'`),
  ],
);
