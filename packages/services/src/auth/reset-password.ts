import { sessions, users } from '@rectify/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { bumped } from '../kernel/versioned.js';
import { tokensValidFrom } from './access-token.js';
import { USER_LABEL } from './auth-labels.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';

export interface ResetPasswordInput {
  id: number;
  password: string;
}

/**
 * An administrator sets a new password (the user forgot theirs, or it leaked). The user's sessions end and
 * the access tokens already issued are refused, so whoever held the old password is signed out at once. No version: the administrator overrides whatever changed.
 */
export const resetPassword = defineUseCase(
  'user.write',
  async (ctx, input: ResetPasswordInput): Promise<PublicUser> => {
    const byId = eq(users.id, input.id);
    const [before] = await ctx.tx.select().from(users).where(byId);
    if (!before) throw notFound(USER_LABEL, input.id);
    const v = new Validator();
    checkPasswordPolicy(v, input.password);
    v.done();
    const now = ctx.now();
    const [row] = await ctx.tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        tokensValidFrom: tokensValidFrom(now),
        updatedAt: now,
        version: bumped(users.version),
      })
      .where(byId)
      .returning();
    await ctx.tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, input.id), isNull(sessions.revokedAt)));
    const after = publicUser(row!);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.resetPassword',
      entity: 'user',
      entityId: input.id,
      before: publicUser(before),
      after,
    });
    return after;
  },
);
