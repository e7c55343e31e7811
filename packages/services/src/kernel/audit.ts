import { auditEvents, type Executor } from '@rectify/db';
import type { Actor } from '@rectify/domain';
import { changesOfAudit, recordChanges } from '../change-feed/record-change.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes an audit event in the caller's transaction, so that the change and its record stand or fall together. */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  const insert = tx.insert(auditEvents).values({
    actorUserId: actor.userId,
    actorApiClientId: actor.apiClientId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: redact(entry.before ?? null),
    after: redact(entry.after ?? null),
  });
  // Partners' change feed hears of every write here, in the same transaction (and the same statement).
  const changes = changesOfAudit(entry);
  if (changes.length === 0) await insert;
  else await recordChanges(tx, changes, new Date(), insert.getSQL());
}

const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'password', 'token', 'codeHash', 'secret']);

/** Secrets never reach the audit log, even as hashes. */
function redact(value: unknown): unknown {
  if (value == null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !SECRET_KEYS.has(key))
      .map(([key, v]) => [key, redact(v)]),
  );
}
