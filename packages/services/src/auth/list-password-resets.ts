import { passwordResets, users } from '@rectify/db';
import { can, type PasswordResetReason, type PasswordResetStatus } from '@rectify/domain';
import { and, desc, eq, isNotNull, isNull, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { statusOf } from './reset-rules.js';

/** A password reset as its readers see it: never its code (shown once, when issued). */
export interface PasswordResetView {
  id: number;
  userId: number;
  username: string;
  displayName: string;
  reason: PasswordResetReason;
  status: PasswordResetStatus;
  requestedAt: Date;
  requestedByName: string | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  codeExpiresAt: Date | null;
}

const requester = alias(users, 'requester');
const approver = alias(users, 'approver');

async function read(ctx: ServiceContext, where: SQL | undefined, limit: number) {
  const rows = await ctx.db
    .select({
      reset: passwordResets,
      username: users.username,
      displayName: users.displayName,
      requestedByName: requester.displayName,
      approvedByName: approver.displayName,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .leftJoin(requester, eq(requester.id, passwordResets.requestedById))
    .leftJoin(approver, eq(approver.id, passwordResets.approvedById))
    .where(where)
    .orderBy(desc(passwordResets.requestedAt), desc(passwordResets.id))
    .limit(limit);
  const now = ctx.now();
  return rows.map(
    (r): PasswordResetView => ({
      id: r.reset.id,
      userId: r.reset.userId,
      username: r.username,
      displayName: r.displayName,
      reason: r.reset.reason as PasswordResetReason,
      status: statusOf(r.reset, now),
      requestedAt: r.reset.requestedAt,
      requestedByName: r.requestedByName,
      approvedAt: r.reset.approvedAt,
      approvedByName: r.approvedByName,
      codeExpiresAt: r.reset.codeExpiresAt,
    }),
  );
}

/** What awaits a DISCIPLINE user's approval: open resets and enrolments of other accounts. */
export function pendingPasswordResets(ctx: ServiceContext): Promise<PasswordResetView[]> {
  authorize(ctx.actor, 'user.approveReset');
  return read(
    ctx,
    and(
      eq(passwordResets.needsApproval, true),
      isNull(passwordResets.codeHash),
      isNull(passwordResets.cancelledAt),
      isNull(passwordResets.redeemedAt),
      ne(passwordResets.userId, ctx.actor.userId ?? -1),
    ),
    100,
  );
}

/** The latest reset of an account, for the administrator's user page. */
export async function latestPasswordReset(
  ctx: ServiceContext,
  userId: number,
): Promise<PasswordResetView | null> {
  authorize(ctx.actor, 'user.read');
  const [row] = await read(
    ctx,
    and(eq(passwordResets.userId, userId), isNotNull(passwordResets.requestedAt)),
    1,
  );
  return row ?? null;
}

/** One reset, for whoever administers accounts or approves discipline resets. */
export async function passwordResetById(ctx: ServiceContext, id: number): Promise<PasswordResetView | null> {
  if (!can(ctx.actor, 'user.read')) authorize(ctx.actor, 'user.approveReset');
  const [row] = await read(ctx, eq(passwordResets.id, id), 1);
  return row ?? null;
}
