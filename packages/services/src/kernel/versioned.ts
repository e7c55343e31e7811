import type { Executor } from '@rectify/db';
import type { Label } from '@rectify/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { conflict, notFound } from './errors.js';

/** `version = version + 1`: every write of an editable record bumps the version it was read at. */
export const bumped = (version: AnyPgColumn) => sql<number>`${version} + 1`;

/** A table whose rows are edited optimistically: an `id`, and a `version` each write bumps. */
type VersionedTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn };

/** The record as the caller read it: which one, and the version the write must still find. */
interface ReadAt {
  id: number;
  version: number;
}

/**
 * The one row an optimistic write (`… where id = ? and version = ?`) touched. None means either someone else
 * changed the record since it was read (CONFLICT) or it no longer exists (NOT_FOUND); `exists` tells which.
 */
async function writtenRow<T>(
  rows: T[],
  label: Label,
  id: number,
  exists: () => Promise<unknown[]>,
): Promise<T> {
  const [row] = rows;
  if (row) return row;
  throw (await exists()).length > 0 ? conflict(label) : notFound(label, id);
}

const stillThere = (tx: Executor, table: VersionedTable, id: number) => () =>
  tx
    .select({ id: table.id })
    .from(table as PgTable)
    .where(eq(table.id, id));

/**
 * The one optimistic update: writes `set` to the record read at `read.version` and bumps the version; the
 * record someone else changed meanwhile is refused (CONFLICT), the one gone is NOT_FOUND.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Executor,
  table: T,
  read: ReadAt,
  label: Label,
  set: PgUpdateSetSource<T>,
): Promise<T['$inferSelect']> {
  const rows = await tx
    .update(table)
    .set({ ...set, version: bumped(table.version) } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, read.id), eq(table.version, read.version)))
    .returning();
  return writtenRow(rows as T['$inferSelect'][], label, read.id, stillThere(tx, table, read.id));
}

/** The optimistic delete: removes the record read at `read.version`, refused as `updateVersioned` is. */
export async function deleteVersioned<T extends VersionedTable>(
  tx: Executor,
  table: T,
  read: ReadAt,
  label: Label,
): Promise<T['$inferSelect']> {
  const rows = await tx
    .delete(table)
    .where(and(eq(table.id, read.id), eq(table.version, read.version)))
    .returning();
  return writtenRow(rows as T['$inferSelect'][], label, read.id, stillThere(tx, table, read.id));
}

/** Checks the version the caller read before anything else, so that a stale form is not validated. */
export function assertVersion(current: { version: number }, version: number, label: Label): void {
  if (current.version !== version) throw conflict(label);
}
