import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { id, tracked } from './columns.js';
import { clueKind, clueOutcome, clueSource, clueStatus, disposalMethod } from './enums.js';
import { inspections } from './ledger.js';
import { leaders, units } from './organisation.js';
import { users } from './access.js';

export const clueCases = pgTable(
  'clue_cases',
  {
    id: id(),
    serial: text('serial').notNull().unique(),
    inspectionId: integer('inspection_id').references(() => inspections.id),
    source: clueSource('source').notNull(),
    kind: clueKind('kind').notNull(),
    receivedDate: date('received_date', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    /** Confidential: read only by the case's owners, every read audited. */
    subject: text('subject').notNull(),
    /** Confidential: read only by the case's owners, every read audited. */
    informant: text('informant'),
    routedToUnitId: integer('routed_to_unit_id').references(() => units.id),
    owningLeaderId: integer('owning_leader_id').references(() => leaders.id),
    escalated: boolean('escalated').notNull().default(false),
    disposalMethod: disposalMethod('disposal_method'),
    status: clueStatus('status').notNull().default('RECEIVED'),
    outcome: clueOutcome('outcome'),
    sanctions: text('sanctions'),
    deadline: date('deadline', { mode: 'string' }),
    duplicateOfId: integer('duplicate_of_id').references((): AnyPgColumn => clueCases.id),
    ...tracked(),
  },
  (t) => [index('clue_cases_status_idx').on(t.status), index('clue_cases_duplicate_idx').on(t.duplicateOfId)],
);

/** The DISCIPLINE users who own (handle) a case: only they may read its identity fields. */
export const clueCaseOwners = pgTable(
  'clue_case_owners',
  {
    clueCaseId: integer('clue_case_id')
      .notNull()
      .references(() => clueCases.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.clueCaseId, t.userId] })],
);
