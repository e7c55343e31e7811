import { type Database, users } from '@rectify/db';
import { userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { ServiceError } from '../kernel/errors.js';
import { messages } from '../messages/index.js';
import type { AuthConfig } from './auth-config.js';
import { issueSession, type Session } from './issue-session.js';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { reserveSignIn } from './sign-in-throttle.js';

export interface LoginInput {
  username: string;
  password: string;
  /** The caller's network address (behind a trusted proxy, the client's), for throttling. */
  address: string;
  now: Date;
}

/** One answer for an unknown user, a wrong password and a deactivated account. */
const wrongCredentials = () => new ServiceError('UNAUTHENTICATED', messages.auth.wrongUsernamePassword);

/** No username is longer than 32 characters: the cut keeps junk input out of the throttle's keys. */
export const normalUsername = (username: unknown) =>
  String(username ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 64);

/**
 * Signs a user in. An unknown user, a wrong password and an inactive account all get the same answer, in the
 * same time (a dummy hash is verified when there is no account), so that nobody learns which accounts exist.
 * The password check is reserved with the throttle first (sign-in-throttle.ts).
 */
export async function login(db: Database, config: AuthConfig, input: LoginInput): Promise<Session> {
  const username = normalUsername(input.username);
  const ticket = await reserveSignIn(db, config, { username, address: input.address, now: input.now });
  const fallback = await dummyPasswordHash();
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const passwordOk = await verifyPassword(user?.passwordHash ?? fallback, String(input.password ?? ''));
  // The reservation stays counted as a failure.
  if (!user || !passwordOk || !user.active) throw wrongCredentials();
  const upgraded = needsRehash(user.passwordHash) ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    await ticket.succeeded(tx);
    // Same password, stronger hash: not an edit of the account, so its version stays.
    if (upgraded) await tx.update(users).set({ passwordHash: upgraded }).where(eq(users.id, user.id));
    const session = await issueSession(tx, config, user, input.now);
    const actor = userActor(user.role, user.id, { unitId: user.unitId, leaderId: user.leaderId });
    await recordAudit(tx, actor, {
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      after: { address: input.address },
    });
    return session;
  });
}
