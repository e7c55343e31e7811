import { type Database, sessions } from '@rectify/db';
import { and, eq, isNull } from 'drizzle-orm';
import { sha256 } from './secret-tokens.js';

/** Ends a session: its refresh token stops working. True when there was one to end. */
export async function logout(db: Database, refreshToken: string, now: Date): Promise<boolean> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, sha256(refreshToken)), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length > 0;
}
