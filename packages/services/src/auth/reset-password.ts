import { users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { messages } from '../messages/index.js';
import { USER_LABEL } from './auth-labels.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { openReset, type PasswordResetRow, tellAccount, whoIs } from './reset-rules.js';

export interface ResetPasswordInput {
  id: number;
}

export interface ResetPasswordResult {
  user: PublicUser;
  reset: PasswordResetRow;
  /** The one-time code, shown once to the administrator; null while a DISCIPLINE approval is awaited. */
  code: string | null;
}

/**
 * An administrator resets a password (the user forgot theirs, or it leaked). Nobody sets the new password
 * but its holder: the reset yields a one-time code, which the holder redeems by choosing a password
 * (redeemResetCode). For an ordinary account the code is issued at once, to the administrator, and the
 * account's password, sessions and access tokens stop working. For a DISCIPLINE account nothing happens until
 * another DISCIPLINE user approves (approvePasswordReset), and the code is then given to that approver, never
 * to the administrator: no administrator alone can get into an account that reads clue identities. The
 * holder is told in their inbox either way, and the discipline body of a DISCIPLINE reset.
 */
export const resetPassword = defineUseCase(
  'user.write',
  async (ctx, input: ResetPasswordInput): Promise<ResetPasswordResult> => {
    const [before] = await ctx.tx.select().from(users).where(eq(users.id, input.id));
    if (!before) throw notFound(USER_LABEL, input.id);
    const now = ctx.now();
    const discipline = before.role === 'DISCIPLINE';
    const { row, code } = await openReset(ctx.tx, ctx.actor, now, {
      userId: before.id,
      reason: 'RESET',
      needsApproval: discipline,
    });
    const [after] = await ctx.tx.select().from(users).where(eq(users.id, input.id));
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.resetPassword',
      entity: 'user',
      entityId: input.id,
      before: publicUser(before),
      after: { ...publicUser(after!), passwordResetId: row.id, awaitingApproval: discipline },
    });
    const target = { entity: 'passwordReset' as const, entityId: row.id };
    await tellAccount(
      ctx.tx,
      now,
      [{ userId: before.id }],
      target,
      discipline
        ? messages.auth.administratorAskedResetYourPassword
        : messages.auth.administratorResetYourPasswordOld,
    );
    if (discipline) {
      await tellAccount(
        ctx.tx,
        now,
        [{ role: 'DISCIPLINE' }],
        target,
        messages.auth.administratorAskedResetPasswordDiscipline({ account: whoIs(before) }),
      );
    }
    return { user: publicUser(after!), reset: row, code };
  },
);
