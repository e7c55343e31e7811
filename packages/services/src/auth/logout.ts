import { type Database, sessions } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { endSessions, ofFamily } from './end-sessions.js';
import { sha256 } from './secret-tokens.js';

/**
 * Ends the session of a refresh token (the latest of its family or an earlier one): its refresh tokens stop
 * working and its access tokens are refused at once. True when there was a session to end.
 */
export async function logout(db: Database, refreshToken: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id, familyId: sessions.familyId })
    .from(sessions)
    .where(eq(sessions.tokenHash, sha256(refreshToken)));
  if (!row) return false;
  return (await endSessions(db, ofFamily(row.familyId ?? row.id), now)) > 0;
}
