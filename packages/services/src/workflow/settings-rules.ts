import { type Executor, settings } from '@rectify/db';
import type { Actor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { conflict } from '../kernel/errors.js';
import { SETTINGS_LABEL } from './workflow-labels.js';

/**
 * Writes one setting under optimistic concurrency: its JSON value carries a version (1 while the defaults
 * apply), which the update must state. The row is locked, so that two offices saving at once cannot both win.
 */
export async function writeSetting<T extends object>(
  tx: Executor,
  actor: Actor,
  change: { key: string; defaults: T; version: number; value: T; now: Date },
): Promise<T & { version: number }> {
  const { key, now } = change;
  await tx.insert(settings).values({ key, value: change.defaults, updatedAt: now }).onConflictDoNothing();
  const [row] = await tx.select().from(settings).where(eq(settings.key, key)).for('update');
  const stored = (row?.value ?? {}) as Partial<T> & { version?: number };
  const before = { ...change.defaults, ...stored, version: stored.version ?? 1 };
  if (before.version !== change.version) throw conflict(SETTINGS_LABEL);
  const after = { ...change.value, version: before.version + 1 };
  await tx.update(settings).set({ value: after, updatedAt: now }).where(eq(settings.key, key));
  await recordAudit(tx, actor, {
    action: 'settings.update',
    entity: 'settings',
    entityId: key,
    before,
    after,
  });
  return after;
}
