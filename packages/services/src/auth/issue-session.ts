import { type Executor, sessions, type UserRow } from '@rectify/db';
import { signAccessToken } from './access-token.js';
import type { AuthConfig } from './auth-config.js';
import { newSecretToken, sha256 } from './secret-tokens.js';

/** A user without what only authentication reads. */
export type PublicUser = Omit<UserRow, 'passwordHash' | 'tokensValidFrom'>;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: PublicUser;
}

export function publicUser(user: UserRow): PublicUser {
  const { passwordHash: _secret, tokensValidFrom: _internal, ...rest } = user;
  return rest;
}

/**
 * A new access token and refresh token for the user; only the refresh token's hash is kept. Without
 * `familyId` a new session begins; with it, the refresh token joins that session (a renewal).
 */
export async function issueSession(
  tx: Executor,
  config: AuthConfig,
  user: UserRow,
  now: Date,
  familyId?: number,
): Promise<Session> {
  const refreshToken = newSecretToken();
  const refreshTokenExpiresAt = new Date(now.getTime() + config.refreshTokenTtlSeconds * 1000);
  const [row] = await tx
    .insert(sessions)
    .values({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      familyId: familyId ?? null,
      createdAt: now,
    })
    .returning({ id: sessions.id });
  const access = await signAccessToken(
    config,
    {
      userId: user.id,
      role: user.role,
      unitId: user.unitId,
      leaderId: user.leaderId,
      sessionId: familyId ?? row!.id,
    },
    now,
  );
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    refreshTokenExpiresAt,
    user: publicUser(user),
  };
}
