import { DeliveryChannel, DeliveryStatus, NoticeMode, RobotChannel } from '@rectify/domain';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id, tracked, createdAt } from './columns.js';
import { users } from './access.js';
import { leaders, units } from './organisation.js';

export const noticeMode = pgEnum('notice_mode', NoticeMode.values);
export const deliveryChannel = pgEnum('delivery_channel', DeliveryChannel.values);
export const robotChannel = pgEnum('robot_channel', RobotChannel.values);
export const deliveryStatus = pgEnum('delivery_status', DeliveryStatus.values);

/** A person's outbound preferences: the address to mail, and per notice kind how (absent kind: console only). */
export const noticePreferences = pgTable('notice_preferences', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  email: text('email'),
  /** `{ [NotificationKind]: NoticeMode }`. */
  modes: jsonb('modes').$type<Record<string, NoticeMode>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A group robot (企业微信 or 钉钉) that a unit's or a leader's notices are posted to. Its webhook address and
 * signing secret are kept encrypted (AES-256-GCM); only a masked form is ever read back.
 */
export const groupRobots = pgTable('group_robots', {
  id: id(),
  name: text('name').notNull(),
  channel: robotChannel('channel').notNull(),
  urlEncrypted: text('url_encrypted').notNull(),
  urlMasked: text('url_masked').notNull(),
  secretEncrypted: text('secret_encrypted'),
  unitId: integer('unit_id').references(() => units.id),
  leaderId: integer('leader_id').references(() => leaders.id),
  active: boolean('active').notNull().default(true),
  ...tracked(),
});

/**
 * One outbound message, one row: the unique `idempotencyKey` makes a second enqueue of the same message a
 * no-op, and the row's status is what the sending job checks before it sends.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: id(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    channel: deliveryChannel('channel').notNull(),
    /** A NotificationKind, or DIGEST for a daily digest e-mail. */
    kind: text('kind').notNull(),
    notificationId: integer('notification_id'),
    userId: integer('user_id').references(() => users.id),
    robotId: integer('robot_id').references(() => groupRobots.id),
    /** The e-mail address or the robot's name. */
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: deliveryStatus('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Not sent before this (the end of the quiet hours). */
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    jobId: text('job_id'),
    /** The digest delivery this one was sent in. */
    digestId: integer('digest_id'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('deliveries_created_idx').on(t.createdAt.desc()),
    index('deliveries_digest_wait_idx').on(t.userId, t.status),
  ],
);
