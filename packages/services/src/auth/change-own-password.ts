import { users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import type { ServiceContext } from '../kernel/context.js';
import { unauthenticated } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { bumped } from '../kernel/versioned.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';

/** Any signed-in user changes their own password, proving they know the current one. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const userId = ctx.actor.userId;
  if (userId == null) throw unauthenticated();
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user) throw unauthenticated();
    const v = new Validator();
    v.check(await verifyPassword(user.passwordHash, input.currentPassword), 'currentPassword', 'WRONG', {
      zh: '当前密码不正确',
      en: 'the current password is wrong',
    });
    checkPasswordPolicy(v, input.newPassword, 'newPassword');
    v.done();
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        updatedAt: ctx.now(),
        version: bumped(users.version),
      })
      .where(eq(users.id, userId));
    await recordAudit(tx, ctx.actor, { action: 'user.changePassword', entity: 'user', entityId: userId });
  });
}
