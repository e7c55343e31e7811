import { users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import type { ServiceContext } from '../kernel/context.js';
import { unauthenticated } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { bumped } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { tokensValidFrom } from './access-token.js';
import type { AuthConfig } from './auth-config.js';
import { endSessions, ofUser } from './end-sessions.js';
import { issueSession, publicUser, type Session } from './issue-session.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';

export interface ChangeOwnPasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Any signed-in user changes their own password, proving they know the current one. No permission of the
 * registry: the right comes from being the account's owner, so a partner token (no user) is refused. Every
 * session of the user ends and earlier access tokens are refused — whoever learnt the old password is signed
 * out on every device at once — and the one who changed it gets a new session.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  config: AuthConfig,
  input: ChangeOwnPasswordInput,
): Promise<Session> {
  const userId = ctx.actor.userId;
  if (userId == null) throw unauthenticated();
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId));
    if (!before?.active) throw unauthenticated();
    const v = new Validator();
    const currentOk = await verifyPassword(before.passwordHash, String(input.currentPassword ?? ''));
    v.check(currentOk, 'currentPassword', 'WRONG', messages.auth.currentPasswordWrong);
    checkPasswordPolicy(v, input.newPassword, 'newPassword');
    v.check(
      !currentOk || input.newPassword !== input.currentPassword,
      'newPassword',
      'SAME',
      messages.auth.newPasswordMustDifferCurrent,
    );
    v.done();
    const now = ctx.now();
    const [row] = await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        tokensValidFrom: tokensValidFrom(now),
        updatedAt: now,
        version: bumped(users.version),
      })
      .where(eq(users.id, userId))
      .returning();
    await endSessions(tx, ofUser(userId), now);
    await recordAudit(tx, ctx.actor, {
      action: 'user.changePassword',
      entity: 'user',
      entityId: userId,
      before: publicUser(before),
      after: publicUser(row!),
    });
    return issueSession(tx, config, row!, now);
  });
}
