import { type Database, sessions, users } from '@rectify/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { unauthenticated } from '../kernel/errors.js';
import type { AuthConfig } from './auth-config.js';
import { issueSession, type Session } from './issue-session.js';
import { sha256 } from './secret-tokens.js';

/**
 * Exchanges a refresh token for a new pair. The old one is revoked in the same transaction, so each refresh
 * token works once; a revoked, expired or unknown one — or an account since deactivated — is refused.
 */
export async function refreshSession(
  db: Database,
  config: AuthConfig,
  refreshToken: string,
  now: Date,
): Promise<Session> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(sessions.tokenHash, sha256(refreshToken)),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
        ),
      )
      .returning();
    if (!revoked) throw unauthenticated();
    const [user] = await tx.select().from(users).where(eq(users.id, revoked.userId));
    if (!user?.active) throw unauthenticated();
    return issueSession(tx, config, user, now);
  });
}
