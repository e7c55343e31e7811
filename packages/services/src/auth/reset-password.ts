import { sessions, users } from '@rectify/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { bumped } from '../kernel/versioned.js';
import { USER_LABEL } from './auth-labels.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';

/** An administrator sets a new password; the user's sessions end, so the old password's holder is out. */
export const resetPassword = defineUseCase(
  'user.write',
  async (ctx, input: { id: number; password: string }): Promise<PublicUser> => {
    const v = new Validator();
    checkPasswordPolicy(v, input.password);
    v.done();
    const now = ctx.now();
    const [row] = await ctx.tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        updatedAt: now,
        version: bumped(users.version),
      })
      .where(eq(users.id, input.id))
      .returning();
    if (!row) throw notFound(USER_LABEL, input.id);
    await ctx.tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, input.id), isNull(sessions.revokedAt)));
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.resetPassword',
      entity: 'user',
      entityId: input.id,
    });
    return publicUser(row);
  },
);
