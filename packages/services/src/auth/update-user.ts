import { type Executor, users } from '@rectify/db';
import type { Role } from '@rectify/domain';
import { and, count, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { USER_LABEL } from './auth-labels.js';
import { endSessions, ofUser } from './end-sessions.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { cancelOpenReset, disableCredentials, openReset, tellAccount, whoIs } from './reset-rules.js';
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

/**
 * Changes an account. Deactivating it also ends its sessions. A change of role withdraws any reset code. An
 * account entering DISCIPLINE by a person's change loses its password and sessions and waits, like a new
 * DISCIPLINE account, for another DISCIPLINE user's approval (its holder then sets a password with the
 * approver's code); entering or leaving DISCIPLINE and reactivating a DISCIPLINE account are told to the
 * discipline body.
 */
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
      v.add('active', 'SELF', messages.auth.youCannotDeactivateYourOwn);
    }
    await checkAdministratorRemains(ctx.tx, v, before, next);
    v.done();
    const now = ctx.now();
    const row = await updateVersioned(ctx.tx, users, { id: input.id, version: input.version }, USER_LABEL, {
      ...next,
      updatedAt: now,
    });
    if (!next.active) {
      await endSessions(ctx.tx, ofUser(input.id), now);
    }
    const entering = next.role === 'DISCIPLINE' && before.role !== 'DISCIPLINE';
    const leaving = before.role === 'DISCIPLINE' && next.role !== 'DISCIPLINE';
    const reactivated = next.role === 'DISCIPLINE' && next.active && !before.active;
    if (next.role !== before.role) await cancelOpenReset(ctx.tx, before.id, now);
    let enrolmentId: number | null = null;
    if (entering && ctx.actor.userId != null) {
      await disableCredentials(ctx.tx, before.id, now);
      const { row: reset } = await openReset(ctx.tx, ctx.actor, now, {
        userId: before.id,
        reason: 'ENROL',
        needsApproval: true,
      });
      enrolmentId = reset.id;
    }
    const after = publicUser(row);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.update',
      entity: 'user',
      entityId: input.id,
      before: publicUser(before),
      after: enrolmentId === null ? after : { ...after, passwordResetId: enrolmentId },
    });
    const who = whoIs(before);
    const notice = entering
      ? messages.auth.administratorGaveDisciplineRole({ who, awaitingApproval: enrolmentId !== null })
      : leaving
        ? messages.auth.accountNoLongerDisciplineRole({ who })
        : reactivated
          ? messages.auth.disciplineAccountReactivated({ who })
          : null;
    if (notice) {
      const target =
        enrolmentId === null
          ? { entity: 'user' as const, entityId: before.id }
          : { entity: 'passwordReset' as const, entityId: enrolmentId };
      await tellAccount(ctx.tx, now, [{ role: 'DISCIPLINE' }, { userId: before.id }], target, notice);
    }
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
  v.add(
    next.role === 'ADMIN' ? 'active' : 'role',
    'LAST_ADMIN',
    messages.auth.lastActiveAdministratorCannotDeactivated,
  );
}
