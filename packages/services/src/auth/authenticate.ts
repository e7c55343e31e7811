import { apiClients, type Database, sessions, users } from '@rectify/db';
import { type Actor, partnerActor, userActor } from '@rectify/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { verifyAccessToken } from './access-token.js';
import type { AuthConfig } from './auth-config.js';
import { API_TOKEN_PREFIX } from './create-api-client.js';
import { sha256 } from './secret-tokens.js';
import type { UserCache } from './user-cache.js';

/**
 * Who is calling: a signed-in user (access token) or a partner department (API token); null for anyone else.
 * One indexed read either way: the user must still be active and their session not ended (logout), the
 * token neither revoked nor expired. With a server's `users` cache, a signed-in user's read is skipped while
 * nothing about the account or the session has changed since (user-cache.ts).
 */
export async function authenticate(
  db: Database,
  config: AuthConfig,
  bearer: string | null,
  now: Date,
  users?: UserCache | null,
): Promise<Actor | null> {
  if (!bearer) return null;
  if (bearer.startsWith(API_TOKEN_PREFIX)) {
    const [client] = await db
      .select()
      .from(apiClients)
      .where(eq(apiClients.tokenHash, sha256(bearer)));
    if (!client || client.revokedAt || client.expiresAt <= now) return null;
    return partnerActor(client.id, client.scopes);
  }
  const claims = await verifyAccessToken(config, bearer, now);
  if (!claims || claims.sessionId === undefined) return null;
  // The role and bindings are read afresh (or from the cache every change clears), so that a change by an
  // administrator applies at the next request.
  const read = async () =>
    (await userLookup(db).execute({ id: claims.userId, sessionId: claims.sessionId }))[0];
  const user = users ? await users.get(claims.userId, claims.sessionId, read) : await read();
  if (!user?.active || !user.sessionLive) return null;
  // A password change or reset refuses the tokens issued before it, though they have not expired.
  if (user.tokensValidFrom && claims.issuedAtMs < user.tokensValidFrom.getTime()) return null;
  return userActor(user.role, claims.userId, { unitId: user.unitId, leaderId: user.leaderId });
}

const userLookups = new WeakMap<Database, ReturnType<typeof prepareUserLookup>>();

/**
 * Every request reads its user and whether its session is live, in one statement (both by primary key),
 * built once per database and prepared once per connection (PostgreSQL then skips parsing and planning it).
 */
function userLookup(db: Database) {
  let lookup = userLookups.get(db);
  if (!lookup) {
    lookup = prepareUserLookup(db);
    userLookups.set(db, lookup);
  }
  return lookup;
}

const prepareUserLookup = (db: Database) =>
  db
    .select({
      active: users.active,
      role: users.role,
      unitId: users.unitId,
      leaderId: users.leaderId,
      tokensValidFrom: users.tokensValidFrom,
      sessionLive: sql<boolean>`${sessions.id} is not null`,
    })
    .from(users)
    .leftJoin(
      sessions,
      and(
        eq(sessions.id, sql.placeholder('sessionId')),
        eq(sessions.userId, users.id),
        isNull(sessions.endedAt),
      ),
    )
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('rectify_authenticate_session');
