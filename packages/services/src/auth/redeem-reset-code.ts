import { type Database, passwordResets, users } from '@rectify/db';
import { userActor } from '@rectify/domain';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { ServiceError } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { bumped } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { tokensValidFrom } from './access-token.js';
import type { AuthConfig } from './auth-config.js';
import { endSessions, ofUser } from './end-sessions.js';
import { issueSession, type Session } from './issue-session.js';
import { normalUsername } from './login.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { codeHashOf, tellAccount } from './reset-rules.js';
import { reserveSignIn } from './sign-in-throttle.js';

export interface RedeemResetCodeInput {
  username: string;
  code: string;
  newPassword: string;
  /** The caller's address: redeeming is throttled like signing in (a code is guessed like a password). */
  address: string;
  now: Date;
}

const wrongCode = () =>
  new ServiceError('UNAUTHENTICATED', messages.auth.wrongUsernameResetCodeCode, [
    {
      field: 'code',
      code: 'WRONG',
      message: messages.auth.wrongUsernameResetCodeCode,
    },
  ]);

/**
 * The holder of a reset code chooses their own password and is signed in. The code works once, before it
 * expires, for the account it was issued for — and for a DISCIPLINE account only when another DISCIPLINE user
 * approved it. Every session of the account ends; the holder is told in their inbox of this new session.
 */
export async function redeemResetCode(
  db: Database,
  config: AuthConfig,
  input: RedeemResetCodeInput,
): Promise<Session> {
  const v = new Validator();
  checkPasswordPolicy(v, input.newPassword, 'newPassword');
  v.done();
  const username = normalUsername(input.username);
  const ticket = await reserveSignIn(db, config, { username, address: input.address, now: input.now });
  const { now } = input;
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ reset: passwordResets, user: users })
      .from(passwordResets)
      .innerJoin(users, eq(users.id, passwordResets.userId))
      .where(
        and(
          eq(passwordResets.codeHash, codeHashOf(input.code)),
          eq(users.username, username),
          isNull(passwordResets.redeemedAt),
          isNull(passwordResets.cancelledAt),
          gt(passwordResets.codeExpiresAt, now),
        ),
      );
    const approved = found && (!found.reset.needsApproval || found.reset.approvedAt !== null);
    // A DISCIPLINE account opens only with a code another DISCIPLINE user approved.
    const fits = found && approved && (found.user.role !== 'DISCIPLINE' || found.reset.needsApproval);
    if (!found || !fits || !found.user.active) throw wrongCode();
    const [spent] = await tx
      .update(passwordResets)
      .set({ redeemedAt: now })
      .where(and(eq(passwordResets.id, found.reset.id), isNull(passwordResets.redeemedAt)))
      .returning({ id: passwordResets.id });
    if (!spent) throw wrongCode();
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        tokensValidFrom: tokensValidFrom(now),
        updatedAt: now,
        version: bumped(users.version),
      })
      .where(eq(users.id, found.user.id))
      .returning();
    await endSessions(tx, ofUser(user!.id), now);
    await ticket.succeeded(tx);
    const session = await issueSession(tx, config, user!, now);
    const actor = userActor(user!.role, user!.id, { unitId: user!.unitId, leaderId: user!.leaderId });
    await recordAudit(tx, actor, {
      action: 'user.redeemResetCode',
      entity: 'user',
      entityId: user!.id,
      after: { passwordResetId: found.reset.id, address: input.address },
    });
    await tellAccount(
      tx,
      now,
      [{ userId: user!.id }],
      { entity: 'passwordReset', entityId: found.reset.id },
      messages.auth.newPasswordSetResetCode({ address: input.address }),
    );
    return session;
  });
}
