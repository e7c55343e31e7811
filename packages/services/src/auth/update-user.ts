import { type Executor, sessions, users } from '@rectify/db';
import type { Role } from '@rectify/domain';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, bumped, writtenRow } from '../kernel/versioned.js';
import { USER_LABEL } from './auth-labels.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { checkDisplayName, checkRoleBinding } from './user-rules.js';

/** A field left undefined keeps its value; `unitId: null` / `leaderId: null` removes the binding. */
export interface UpdateUserInput {
  id: number;
  /** The version the caller read. */
  version: number;
  displayName?: string | null;
  role?: Role | null;
  unitId?: number | null;
  leaderId?: number | null;
  active?: boolean | null;
}

/** Changes an account. Deactivating it also ends its sessions. */
export const updateUser = defineUseCase(
  'user.write',
  async (ctx, input: UpdateUserInput): Promise<PublicUser> => {
    const byId = eq(users.id, input.id);
    const [before] = await ctx.tx.select().from(users).where(byId);
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
    await checkAdministratorRemains(ctx.tx, v, before, next);
    v.done();
    const now = ctx.now();
    const rows = await ctx.tx
      .update(users)
      .set({ ...next, updatedAt: now, version: bumped(users.version) })
      .where(and(byId, eq(users.version, input.version)))
      .returning();
    const row = await writtenRow(rows, USER_LABEL, input.id, () =>
      ctx.tx.select({ id: users.id }).from(users).where(byId),
    );
    if (!next.active) {
      await ctx.tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, input.id), isNull(sessions.revokedAt)));
    }
    const after = publicUser(row);
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

/** Demoting or deactivating the last active administrator would leave nobody to manage accounts. */
async function checkAdministratorRemains(
  tx: Executor,
  v: Validator,
  before: { id: number; role: Role; active: boolean },
  next: { role: Role; active: boolean },
): Promise<void> {
  if (before.role !== 'ADMIN' || !before.active || (next.role === 'ADMIN' && next.active)) return;
  const [others] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), eq(users.active, true), ne(users.id, before.id)));
  if ((others?.n ?? 0) > 0) return;
  v.add(next.role === 'ADMIN' ? 'active' : 'role', 'LAST_ADMIN', {
    zh: '这是最后一个启用的系统管理员账号,不能停用或改为其他角色',
    en: 'this is the last active administrator: it cannot be deactivated or given another role',
  });
}
