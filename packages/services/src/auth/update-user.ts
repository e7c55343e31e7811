import { sessions, users } from '@rectify/db';
import type { Role } from '@rectify/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, bumped } from '../kernel/versioned.js';
import { USER_LABEL } from './auth-labels.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { checkDisplayName, checkRoleBinding } from './user-rules.js';

export interface UpdateUserInput {
  id: number;
  version: number;
  displayName?: string;
  role?: Role;
  unitId?: number | null;
  leaderId?: number | null;
  active?: boolean;
}

/** Changes an account. Deactivating it also ends its sessions. */
export const updateUser = defineUseCase(
  'user.write',
  async (ctx, input: UpdateUserInput): Promise<PublicUser> => {
    const [before] = await ctx.tx.select().from(users).where(eq(users.id, input.id)).for('update');
    if (!before) throw notFound(USER_LABEL, input.id);
    assertVersion(before, input.version, USER_LABEL);
    const next = {
      displayName: input.displayName?.trim() ?? before.displayName,
      role: input.role ?? before.role,
      unitId: input.unitId === undefined ? before.unitId : input.unitId,
      leaderId: input.leaderId === undefined ? before.leaderId : input.leaderId,
      active: input.active ?? before.active,
    };
    const v = new Validator();
    checkDisplayName(v, next.displayName);
    await checkRoleBinding(ctx.tx, v, next);
    if (ctx.actor.userId === before.id && !next.active) {
      v.add('active', 'SELF', { zh: '不能停用自己的账号', en: 'you cannot deactivate your own account' });
    }
    v.done();
    const now = ctx.now();
    const [row] = await ctx.tx
      .update(users)
      .set({ ...next, updatedAt: now, version: bumped(users.version) })
      .where(eq(users.id, input.id))
      .returning();
    if (!next.active) {
      await ctx.tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, input.id), isNull(sessions.revokedAt)));
    }
    const after = publicUser(row!);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.update',
      entity: 'user',
      entityId: input.id,
      before: publicUser(before),
      after,
    });
    return after;
  },
);
