import { type Executor, sessions } from '@rectify/db';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';

/**
 * Ends sessions at once: their refresh tokens stop working, and (through the family's first row, which the
 * access tokens name) so do their access tokens. Returns how many sessions were still going.
 */
export async function endSessions(tx: Executor, which: SQL, now: Date): Promise<number> {
  const ended = await tx
    .update(sessions)
    .set({ endedAt: now, revokedAt: sql`coalesce(${sessions.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(which, isNull(sessions.endedAt)))
    .returning({ familyId: sessions.familyId, id: sessions.id });
  return new Set(ended.map((row) => row.familyId ?? row.id)).size;
}

export const ofUser = (userId: number) => eq(sessions.userId, userId);

/** Every row of the session a row belongs to. */
export const ofFamily = (familyId: number) => or(eq(sessions.id, familyId), eq(sessions.familyId, familyId))!;
