import { users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { USER_LABEL } from './auth-labels.js';
import { forgetSignInFailures } from './sign-in-throttle.js';

/**
 * An administrator lifts the sign-in delays of an account, from every address (the user mistyped, or an
 * attacker's guesses slowed them at a shared address). Returns how many address pairs were waiting.
 */
export const unlockSignIn = defineUseCase(
  'user.write',
  async (ctx, input: { id: number }): Promise<number> => {
    const [user] = await ctx.tx
      .select({ username: users.username })
      .from(users)
      .where(eq(users.id, input.id));
    if (!user) throw notFound(USER_LABEL, input.id);
    const cleared = await forgetSignInFailures(ctx.tx, user.username);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.unlockSignIn',
      entity: 'user',
      entityId: input.id,
      after: { clearedPairs: cleared },
    });
    return cleared;
  },
);
