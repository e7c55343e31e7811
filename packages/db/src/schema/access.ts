import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, tracked } from './columns.js';
import { partnerScope, role } from './enums.js';
import { leaders, units } from './organisation.js';

export const users = pgTable('users', {
  id: id(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** argon2id; the password itself is never stored. */
  passwordHash: text('password_hash').notNull(),
  role: role('role').notNull(),
  unitId: integer('unit_id').references(() => units.id),
  leaderId: integer('leader_id').references(() => leaders.id),
  active: boolean('active').notNull().default(true),
  /** Access tokens issued before this (a password change or reset) are refused, though not yet expired. */
  tokensValidFrom: timestamp('tokens_valid_from', { withTimezone: true }),
  ...tracked(),
});

/**
 * Refresh tokens of signed-in sessions, hashed. A sign-in starts a family (its first row); each refresh
 * spends its token (`revokedAt`, `rotatedAt`) and adds a row to the family. Access tokens carry the family's
 * first row id: the session is live while that row has no `endedAt` (logout, a reused token, a password
 * change or reset, deactivation end it).
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** This refresh token works no more (spent by a refresh, or its session ended). */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** Spent by a refresh: presenting it again is a reuse, which ends the family. */
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    /** The family's first row; null on that row itself. */
    familyId: integer('family_id'),
    /** The whole session ended: on the family's first row, its access tokens are refused at once. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_family_idx').on(t.familyId)],
);

export const apiClients = pgTable('api_clients', {
  id: id(),
  name: text('name').notNull(),
  department: text('department').notNull(),
  scopes: partnerScope('scopes').array().notNull(),
  /** sha256 of the token (the token is long and random, so a fast hash is enough); shown once at creation. */
  tokenHash: text('token_hash').notNull().unique(),
  tokenPrefix: text('token_prefix').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdById: integer('created_by_id').references(() => users.id),
  createdAt: createdAt(),
});

/**
 * Sign-in throttling counters, shared by every API server: one row per (account, address) pair
 * (`pair:…`, consecutive failures and when the next try is allowed) and one per address (`address:…`,
 * password checks in the current window). Updated only by atomic upserts (sign-in-throttle.ts).
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    key: text('key').primaryKey(),
    /** The account of a pair row (null for an address row), for an administrator's unlock. */
    username: text('username'),
    count: integer('count').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    nextAllowedAt: timestamp('next_allowed_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sign_in_throttle_username_idx').on(t.username),
    index('sign_in_throttle_updated_idx').on(t.updatedAt),
  ],
);

/**
 * Password resets by one-time code. An administrator asks; for a DISCIPLINE account (or an account entering
 * DISCIPLINE: `reason` ENROL) another DISCIPLINE user must approve first, and the code is then shown to that
 * approver, never to the administrator. The holder redeems the code by choosing a password. Only the code's
 * hash is kept. At most one open reset per account.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** RESET (the password) or ENROL (the account entered DISCIPLINE: its holder sets a password anew). */
    reason: text('reason').notNull(),
    requestedById: integer('requested_by_id').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    needsApproval: boolean('needs_approval').notNull(),
    approvedById: integer('approved_by_id').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    codeHash: text('code_hash').unique(),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('password_resets_user_idx').on(t.userId),
    uniqueIndex('password_resets_one_open_idx')
      .on(t.userId)
      .where(sql`${t.redeemedAt} is null and ${t.cancelledAt} is null`),
  ],
);
