import { type Database, users } from '@rectify/db';
import { userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { unauthenticated } from '../kernel/errors.js';
import type { AuthConfig } from './auth-config.js';
import { issueSession, type Session } from './issue-session.js';
import { assertLoginAllowed, recordLoginAttempt } from './login-rate-limit.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

export interface LoginInput {
  username: string;
  password: string;
  /** The caller's network address, for rate limiting. */
  address: string;
  now: Date;
}

/**
 * Signs a user in. An unknown user, a wrong password and an inactive account all get the same answer, in the
 * same time, so that nobody learns which accounts exist.
 */
export async function login(db: Database, config: AuthConfig, input: LoginInput): Promise<Session> {
  const username = input.username.trim().toLowerCase();
  await assertLoginAllowed(db, config, { username, address: input.address, now: input.now });
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    await recordLoginAttempt(db, { username, address: input.address, now: input.now, succeeded: false });
    throw unauthenticated();
  }
  return db.transaction(async (tx) => {
    await recordLoginAttempt(tx, { username, address: input.address, now: input.now, succeeded: true });
    const session = await issueSession(tx, config, user, input.now);
    const actor = userActor(user.role, user.id, { unitId: user.unitId, leaderId: user.leaderId });
    await recordAudit(tx, actor, { action: 'auth.login', entity: 'user', entityId: user.id });
    return session;
  });
}
