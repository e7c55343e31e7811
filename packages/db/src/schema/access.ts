import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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

/** Refresh tokens of signed-in sessions, hashed; logout revokes one. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
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

/** Failed login attempts, per account and per address, for rate limiting across API instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    username: text('username').notNull(),
    address: text('address').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_username_idx').on(t.username, t.at),
    index('login_attempts_address_idx').on(t.address, t.at),
  ],
);
