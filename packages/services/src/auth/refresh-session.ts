import { type Database, sessions, users } from '@rectify/db';
import { and, eq, isNull } from 'drizzle-orm';
import { unauthenticated } from '../kernel/errors.js';
import type { AuthConfig } from './auth-config.js';
import { endSessions, ofFamily } from './end-sessions.js';
import { issueSession, type Session } from './issue-session.js';
import { sha256 } from './secret-tokens.js';

/**
 * Exchanges a refresh token for a new pair in the same session. The old token is spent in the same
 * transaction, so each works once. Presenting a spent token again means it was copied: the whole session
 * ends (every refresh token of its family, and its access tokens), whoever holds the latest one. A revoked,
 * expired or unknown token — or an account since deactivated — is refused.
 */
export async function refreshSession(
  db: Database,
  config: AuthConfig,
  refreshToken: string,
  now: Date,
): Promise<Session> {
  const outcome = await db.transaction(
    async (tx): Promise<{ session: Session } | { reused: number } | null> => {
      const [row] = await tx
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, sha256(refreshToken)));
      if (!row) return null;
      const familyId = row.familyId ?? row.id;
      if (row.rotatedAt || row.endedAt || row.revokedAt)
        return row.rotatedAt && !row.endedAt ? { reused: familyId } : null;
      if (row.expiresAt <= now) return null;
      const [spent] = await tx
        .update(sessions)
        .set({ revokedAt: now, rotatedAt: now })
        .where(and(eq(sessions.id, row.id), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      // Spent a moment ago by another request: a reuse too.
      if (!spent) return { reused: familyId };
      const [user] = await tx.select().from(users).where(eq(users.id, row.userId));
      if (!user?.active) return null;
      return { session: await issueSession(tx, config, user, now, familyId) };
    },
  );
  if (outcome && 'session' in outcome) return outcome.session;
  if (outcome) await endSessions(db, ofFamily(outcome.reused), now);
  throw unauthenticated();
}
