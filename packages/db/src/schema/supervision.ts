import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { findingStatus, supervisionMethod } from './enums.js';
import { tasks } from './ledger.js';
import { units } from './organisation.js';
import { users } from './access.js';

export const supervisionGroups = pgTable('supervision_groups', {
  id: id(),
  name: text('name').notNull().unique(),
  headName: text('head_name').notNull(),
  createdAt: createdAt(),
});

export const supervisionVisits = pgTable(
  'supervision_visits',
  {
    id: id(),
    groupId: integer('group_id')
      .notNull()
      .references(() => supervisionGroups.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    method: supervisionMethod('method').notNull(),
    summary: text('summary').notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('supervision_visits_unit_idx').on(t.unitId)],
);

export const findings = pgTable(
  'findings',
  {
    id: id(),
    visitId: integer('visit_id')
      .notNull()
      .references(() => supervisionVisits.id),
    taskId: integer('task_id').references(() => tasks.id),
    text: text('text').notNull(),
    responseDue: date('response_due', { mode: 'string' }).notNull(),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    status: findingStatus('status').notNull().default('OPEN'),
    createdAt: createdAt(),
  },
  (t) => [index('findings_visit_idx').on(t.visitId)],
);
