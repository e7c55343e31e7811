import { users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
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
        ? {
            zh: '系统管理员申请重置您的密码，须经另一名纪检监察人员审批；审批后由审批人将重置码交给您本人',
            en: 'an administrator asked to reset your password; another discipline officer must approve, and will then hand you the reset code',
          }
        : {
            zh: '系统管理员重置了您的密码：原密码和登录已失效，请凭管理员交给您的重置码设置新密码。如非本人申请，请立即报告',
            en: 'an administrator reset your password: the old password and sessions no longer work; set a new one with the reset code you are given. Report it at once if you did not ask for it',
          },
    );
    if (discipline) {
      await tellAccount(ctx.tx, now, [{ role: 'DISCIPLINE' }], target, {
        zh: `系统管理员申请重置纪检监察账号${whoIs(before)}的密码，待审批`,
        en: `an administrator asked to reset the password of the discipline account ${whoIs(before)}: awaiting approval`,
      });
    }
    return { user: publicUser(after!), reset: row, code };
  },
);
