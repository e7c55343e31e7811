import type { Label } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { conflict, notFound } from './errors.js';

/** `version = version + 1`: every write of an editable record bumps the version it was read at. */
export const bumped = (version: AnyPgColumn) => sql<number>`${version} + 1`;

/**
 * The one row an optimistic write (`… where id = ? and version = ?`) touched. None means either someone else
 * changed the record since it was read (CONFLICT) or it no longer exists (NOT_FOUND); `exists` tells which.
 */
export async function writtenRow<T>(
  rows: T[],
  label: Label,
  id: number,
  exists: () => Promise<unknown[]>,
): Promise<T> {
  const [row] = rows;
  if (row) return row;
  throw (await exists()).length > 0 ? conflict(label) : notFound(label, id);
}

/** Checks the version the caller read before anything else, so that a stale form is not validated. */
export function assertVersion(current: { version: number }, version: number, label: Label): void {
  if (current.version !== version) throw conflict(label);
}
