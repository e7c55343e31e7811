import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from './columns.js';

/** Append-only: the services insert, nothing updates or deletes. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    actorUserId: integer('actor_user_id'),
    actorApiClientId: integer('actor_api_client_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entity, t.entityId),
    // The list's AT order, id breaking ties; read backwards for the default, newest first.
    index('audit_events_at_idx').on(t.at, t.id),
  ],
);

/** Settings the office configures (reporting cadence, warning lead times), one JSON value per key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
