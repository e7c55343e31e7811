import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { apiClients, users } from './access.js';
import { createdAt } from './columns.js';
import { changeKind, webhookDeliveryStatus } from './enums.js';
import { inspections, tasks } from './ledger.js';

/**
 * The partner change feed: one row per change a partner may learn of, in the order the changes committed.
 * Writers take a transaction-level lock before inserting, so a smaller id never commits after a larger one
 * and a reader resuming after an id misses nothing. The payload holds only what partners may read.
 */
export const changeEvents = pgTable(
  'change_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: changeKind('kind').notNull(),
    /** The task the change is about (scope is decided by it); null for a report. */
    taskId: integer('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    inspectionId: integer('inspection_id').references(() => inspections.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('change_events_task_idx').on(t.taskId)],
);

/** A partner's endpoint: the changes its API client may see are POSTed there, signed with its secret. */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    apiClientId: integer('api_client_id')
      .notNull()
      .references(() => apiClients.id),
    url: text('url').notNull(),
    /** The kinds sent; empty: every kind the client's scopes allow. */
    kinds: changeKind('kinds').array().notNull().default(sql`'{}'`),
    /** The HMAC key, shown once at creation, sealed with RECTIFY_SECRETS_KEY (services' secret-box) at rest. */
    secret: text('secret').notNull(),
    /** The key's first characters (`whsec_` and four more), to tell subscriptions apart in lists. */
    secretPrefix: text('secret_prefix').notNull(),
    active: boolean('active').notNull().default(true),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_subscriptions_client_idx').on(t.apiClientId)],
);

/** One POST of one change (or of a test) to one subscription, with its attempts and outcome. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** The change sent; null for a test delivery. */
    changeEventId: bigint('change_event_id', { mode: 'number' }).references(() => changeEvents.id, {
      onDelete: 'cascade',
    }),
    status: webhookDeliveryStatus('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    /** When a job was queued for it; null until the pump has handed it to the job queue. */
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    // Each change goes to each subscription once.
    uniqueIndex('webhook_deliveries_once_idx').on(t.subscriptionId, t.changeEventId),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.id.desc()),
    index('webhook_deliveries_unqueued_idx').on(t.id).where(sql`${t.queuedAt} is null`),
  ],
);
