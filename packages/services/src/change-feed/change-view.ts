import type { ChangeKind } from '@rectify/domain';

/** A change as partners receive it, from the feed and in a webhook's body alike. */
export interface ChangeView {
  /** Resume after this change with `changes(after: cursor)`. */
  cursor: string;
  kind: ChangeKind;
  at: Date;
  taskId: number | null;
  inspectionId: number | null;
  /** What changed: only fields the kind's scope lets a partner read (never a clue case). */
  data: Record<string, unknown>;
}

export interface ChangeEventRow {
  id: number | string;
  kind: ChangeKind;
  taskId: number | null;
  inspectionId: number | null;
  payload: Record<string, unknown>;
  at: Date | string;
}

const CURSOR_PREFIX = 'change:';

/** Opaque to partners; it holds the event's id, which only grows, so it stays valid across restarts. */
export function encodeChangeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

/** The id a cursor holds, or null when it is not one of ours. */
export function decodeChangeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const id = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export function changeViewOf(row: ChangeEventRow): ChangeView {
  return {
    cursor: encodeChangeCursor(Number(row.id)),
    kind: row.kind,
    at: new Date(row.at),
    taskId: row.taskId,
    inspectionId: row.inspectionId,
    data: row.payload,
  };
}
