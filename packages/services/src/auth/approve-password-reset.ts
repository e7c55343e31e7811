import { passwordResets, type UserRow, users } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { forbidden, invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase, type TxContext } from '../kernel/use-case.js';
import { messages } from '../messages/index.js';
import {
  issueCode,
  PASSWORD_RESET_LABEL,
  type PasswordResetRow,
  statusOf,
  tellAccount,
  whoIs,
} from './reset-rules.js';

export interface DecidePasswordResetInput {
  id: number;
}

/**
 * Another DISCIPLINE user — any active one but the account's holder — approves a reset or enrolment of a
 * DISCIPLINE account. The code is issued now and shown once to the approver, who hands it to the holder;
 * the account's old password, sessions and access tokens stop working.
 */
export const approvePasswordReset = defineUseCase(
  'user.approveReset',
  async (ctx, input: DecidePasswordResetInput): Promise<{ reset: PasswordResetRow; code: string }> => {
    const { row, holder } = await awaitingDecision(ctx, input.id);
    const now = ctx.now();
    const { row: issued, code } = await issueCode(ctx.tx, row, now, ctx.actor.userId!);
    await recordDecision(ctx, now, 'approve', row, holder);
    return { reset: issued, code };
  },
);

/** A DISCIPLINE user refuses a reset or enrolment they do not recognise: it is cancelled, nothing changes. */
export const rejectPasswordReset = defineUseCase(
  'user.approveReset',
  async (ctx, input: DecidePasswordResetInput): Promise<PasswordResetRow> => {
    const { row, holder } = await awaitingDecision(ctx, input.id);
    const now = ctx.now();
    const [cancelled] = await ctx.tx
      .update(passwordResets)
      .set({ cancelledAt: now })
      .where(eq(passwordResets.id, row.id))
      .returning();
    await recordDecision(ctx, now, 'reject', row, holder);
    return cancelled!;
  },
);

async function awaitingDecision(ctx: TxContext, id: number) {
  const [row] = await ctx.tx.select().from(passwordResets).where(eq(passwordResets.id, id));
  if (!row?.needsApproval) throw notFound(PASSWORD_RESET_LABEL, id);
  const [holder] = await ctx.tx.select().from(users).where(eq(users.id, row.userId));
  // Nobody approves their own reset: "another" DISCIPLINE user, signed in as a person.
  if (ctx.actor.userId == null || ctx.actor.userId === row.userId) throw forbidden('user.approveReset');
  if (statusOf(row, ctx.now()) !== 'AWAITING_APPROVAL' || !holder) {
    throw invalidTransition(messages.auth.passwordResetAlreadyBeenDecided);
  }
  return { row, holder };
}

/** The decision in the audit log, and a notice of it to the account's holder and the DISCIPLINE users. */
async function recordDecision(
  ctx: TxContext,
  now: Date,
  decision: 'approve' | 'reject',
  row: PasswordResetRow,
  holder: UserRow,
): Promise<void> {
  await recordAudit(ctx.tx, ctx.actor, {
    action: decision === 'approve' ? 'user.approvePasswordReset' : 'user.rejectPasswordReset',
    entity: 'user',
    entityId: holder.id,
    after: { passwordResetId: row.id, reason: row.reason },
  });
  const told =
    decision === 'approve'
      ? messages.auth.passwordResetDisciplineAccountApproved
      : messages.auth.passwordResetDisciplineAccountRefused;
  await tellAccount(
    ctx.tx,
    now,
    [{ userId: holder.id }, { role: 'DISCIPLINE' }],
    { entity: 'passwordReset', entityId: row.id },
    told({ account: whoIs(holder) }),
  );
}
