import { integer, timestamp } from 'drizzle-orm/pg-core';

/** An identity primary key; by default so that imports may keep their ids. */
export const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** Optimistic concurrency: every update states the version it read and bumps it. */
const version = () => integer('version').notNull().default(1);

/** The common bookkeeping columns of an editable record. */
export const tracked = () => ({ createdAt: createdAt(), updatedAt: updatedAt(), version: version() });
