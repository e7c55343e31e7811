import { randomInt } from 'node:crypto';
import { type Executor, passwordResets, users } from '@rectify/db';
import { type Actor, type Label, type PasswordResetReason, PasswordResetStatus } from '@rectify/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { messages } from '../messages/index.js';
import { notify, type Recipients } from '../notifications/notify.js';
import { tokensValidFrom } from './access-token.js';
import { endSessions, ofUser } from './end-sessions.js';
import { sha256 } from './secret-tokens.js';

export type PasswordResetRow = typeof passwordResets.$inferSelect;

export const PASSWORD_RESET_LABEL: Label = messages.auth.passwordReset;

/** How long an issued code may be redeemed. */
const RESET_CODE_TTL_HOURS = 72;

/** Crockford's base32: no I, L, O or U, so that a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 random characters (80 bits) in groups of four: `7KQ2-M9XD-…`. */
function newResetCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** The code as typed, in the form it was hashed in: case, spaces and dashes do not matter. */
function normalCode(typed: string): string {
  const bare = String(typed ?? '')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return bare.length === 16 ? [0, 4, 8, 12].map((i) => bare.slice(i, i + 4)).join('-') : bare;
}

export const codeHashOf = (code: string) => sha256(normalCode(code));

/** A password hash no password matches: the account cannot sign in until a code is redeemed. */
export const NO_PASSWORD = '!no-password: set by redeeming a reset code';

export function statusOf(row: PasswordResetRow, now: Date): PasswordResetStatus {
  if (row.redeemedAt) return 'REDEEMED';
  if (row.cancelledAt) return 'CANCELLED';
  if (!row.codeHash) return 'AWAITING_APPROVAL';
  return row.codeExpiresAt && row.codeExpiresAt <= now ? 'EXPIRED' : 'ISSUED';
}

/** Withdraws the account's open reset, if any: a code issued earlier stops working. */
export async function cancelOpenReset(tx: Executor, userId: number, now: Date): Promise<void> {
  await tx
    .update(passwordResets)
    .set({ cancelledAt: now })
    .where(
      and(
        eq(passwordResets.userId, userId),
        isNull(passwordResets.redeemedAt),
        isNull(passwordResets.cancelledAt),
      ),
    );
}

/**
 * The account's credentials stop working at once: no password matches, every session ends, earlier access
 * tokens are refused. Only the holder of the reset code gets in again, with a password of their own.
 */
export async function disableCredentials(tx: Executor, userId: number, now: Date): Promise<void> {
  await tx
    .update(users)
    .set({ passwordHash: NO_PASSWORD, tokensValidFrom: tokensValidFrom(now) })
    .where(eq(users.id, userId));
  await endSessions(tx, ofUser(userId), now);
}

/** Opens a reset for the account, replacing any open one. Without approval needed, its code is issued now. */
export async function openReset(
  tx: Executor,
  actor: Actor,
  now: Date,
  input: { userId: number; reason: PasswordResetReason; needsApproval: boolean },
): Promise<{ row: PasswordResetRow; code: string | null }> {
  await cancelOpenReset(tx, input.userId, now);
  const [row] = await tx
    .insert(passwordResets)
    .values({
      userId: input.userId,
      reason: input.reason,
      requestedById: actor.userId,
      requestedAt: now,
      needsApproval: input.needsApproval,
    })
    .returning();
  if (input.needsApproval) return { row: row!, code: null };
  return issueCode(tx, row!, now);
}

/** Gives the reset its code (shown once, to whoever caused it) and disables the account's credentials. */
export async function issueCode(
  tx: Executor,
  row: PasswordResetRow,
  now: Date,
  approvedById?: number,
): Promise<{ row: PasswordResetRow; code: string }> {
  const code = newResetCode();
  const [issued] = await tx
    .update(passwordResets)
    .set({
      codeHash: codeHashOf(code),
      codeExpiresAt: new Date(now.getTime() + RESET_CODE_TTL_HOURS * 3_600_000),
      ...(approvedById === undefined ? {} : { approvedById, approvedAt: now }),
    })
    .where(eq(passwordResets.id, row.id))
    .returning();
  await disableCredentials(tx, row.userId, now);
  return { row: issued!, code };
}

/** Tells people about an account: the holder always, the discipline body for DISCIPLINE accounts. */
export async function tellAccount(
  tx: Executor,
  now: Date,
  recipients: readonly Recipients[],
  entity: { entity: 'user' | 'passwordReset'; entityId: number },
  message: Label,
): Promise<void> {
  // Nobody is left out as "the actor": the holder is told even of what they did themselves.
  const nobody: Actor = {
    role: 'ADMIN',
    userId: null,
    apiClientId: null,
    unitId: null,
    leaderId: null,
    scopes: [],
  };
  await notify(tx, nobody, now, recipients, { kind: 'ACCOUNT_SECURITY', ...entity, message });
}

export const whoIs = (user: { username: string; displayName: string }) =>
  `${user.displayName}(${user.username})`;
