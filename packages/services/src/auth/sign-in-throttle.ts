import { type Executor, signInThrottle } from '@rectify/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { ServiceError } from '../kernel/errors.js';
import { messages } from '../messages/index.js';
import type { AuthConfig } from './auth-config.js';

export interface SignInAttempt {
  /** Normalised (lower case); an unknown name is throttled like a known one. */
  username: string;
  address: string;
  now: Date;
}

/** A reserved password check: settle it once the password is known to be right. */
export interface SignInTicket {
  /** Forgets the pair's failures and gives the address its check back. */
  succeeded(db: Executor): Promise<void>;
}

const pairKey = (a: SignInAttempt) => `pair:${a.username}\n${a.address}`;
const addressKey = (a: SignInAttempt) => `address:${a.address}`;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Reserves one password check for the attempt, before the password is checked — or refuses it (RATE_LIMITED).
 * Each reservation is one atomic upsert that counts the check as a failure in advance, so however many
 * requests arrive at once, on however many servers, no more than the allowed number of passwords are checked:
 * - per (account, address) pair: `freeFailuresPerPair` failures, then a wait that doubles with each failure;
 * - per address: `maxFailuresPerAddress` failures per window, whatever the accounts.
 * Another address is never slowed by the pair's failures, so nobody can lock an account out.
 */
export async function reserveSignIn(
  db: Executor,
  config: AuthConfig,
  attempt: SignInAttempt,
): Promise<SignInTicket> {
  const address = await reserveAddress(db, config, attempt);
  if (!address) throw rateLimited(config.addressWindowSeconds);
  const pair = await reservePair(db, config, attempt);
  if (pair.refusedFor !== null) {
    await refundAddress(db, attempt, address.windowStart);
    throw rateLimited(pair.refusedFor);
  }
  return {
    async succeeded(tx) {
      await tx.delete(signInThrottle).where(eq(signInThrottle.key, pairKey(attempt)));
      await refundAddress(tx, attempt, address.windowStart);
    },
  };
}

/** Counts a check against the address's window; null when the window is full. */
async function reserveAddress(db: Executor, config: AuthConfig, attempt: SignInAttempt) {
  const { now } = attempt;
  const expired = sql`${signInThrottle.windowStart} <= ${at(new Date(now.getTime() - config.addressWindowSeconds * 1000))}`;
  const [row] = await db
    .insert(signInThrottle)
    .values({ key: addressKey(attempt), count: 1, windowStart: now, nextAllowedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        count: sql`case when ${expired} then 1 else ${signInThrottle.count} + 1 end`,
        windowStart: sql`case when ${expired} then ${at(now)} else ${signInThrottle.windowStart} end`,
        updatedAt: now,
      },
      setWhere: sql`${expired} or ${signInThrottle.count} < ${config.maxFailuresPerAddress}`,
    })
    .returning({ count: signInThrottle.count, windowStart: signInThrottle.windowStart });
  // A new window: a moment to forget what nobody has touched for long (unknown names, old pairs).
  if (row?.count === 1) {
    const stale = new Date(
      now.getTime() - Math.max(config.pairResetSeconds, config.addressWindowSeconds) * 1000,
    );
    await db.delete(signInThrottle).where(lt(signInThrottle.updatedAt, stale));
  }
  return row ?? null;
}

/** Counts a failure in advance against the pair; when refused, how many seconds until the next try. */
async function reservePair(
  db: Executor,
  config: AuthConfig,
  attempt: SignInAttempt,
): Promise<{ refusedFor: number | null }> {
  const { now } = attempt;
  const quiet = sql`${signInThrottle.updatedAt} <= ${at(new Date(now.getTime() - config.pairResetSeconds * 1000))}`;
  const failures = sql`(case when ${quiet} then 1 else ${signInThrottle.count} + 1 end)`;
  const wait = sql`least(${config.pairDelaySeconds}::float8 * power(2, ${failures} - ${config.freeFailuresPerPair}), ${config.maxPairDelaySeconds}::float8)`;
  const [row] = await db
    .insert(signInThrottle)
    .values({
      key: pairKey(attempt),
      username: attempt.username,
      count: 1,
      windowStart: now,
      nextAllowedAt:
        config.freeFailuresPerPair <= 1 ? new Date(now.getTime() + config.pairDelaySeconds * 1000) : now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        count: failures,
        nextAllowedAt: sql`case when ${failures} < ${config.freeFailuresPerPair} then ${at(now)} else ${at(now)} + make_interval(secs => ${wait}) end`,
        updatedAt: now,
      },
      setWhere: sql`${quiet} or ${signInThrottle.count} < ${config.freeFailuresPerPair} or ${signInThrottle.nextAllowedAt} <= ${at(now)}`,
    })
    .returning({ count: signInThrottle.count });
  if (row) return { refusedFor: null };
  const [blocked] = await db
    .select({ nextAllowedAt: signInThrottle.nextAllowedAt })
    .from(signInThrottle)
    .where(eq(signInThrottle.key, pairKey(attempt)));
  const seconds = blocked ? Math.ceil((blocked.nextAllowedAt.getTime() - now.getTime()) / 1000) : 1;
  return { refusedFor: Math.max(seconds, 1) };
}

async function refundAddress(db: Executor, attempt: SignInAttempt, windowStart: Date) {
  await db
    .update(signInThrottle)
    .set({ count: sql`greatest(${signInThrottle.count} - 1, 0)` })
    .where(and(eq(signInThrottle.key, addressKey(attempt)), eq(signInThrottle.windowStart, windowStart)));
}

/** An administrator's unlock: the account's failures from every address are forgotten. */
export async function forgetSignInFailures(db: Executor, username: string): Promise<number> {
  const rows = await db
    .delete(signInThrottle)
    .where(eq(signInThrottle.username, username))
    .returning({ key: signInThrottle.key });
  return rows.length;
}

function rateLimited(seconds: number): ServiceError {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? messages.auth.seconds({ seconds }) : messages.auth.minutes({ minutes });
  return new ServiceError('RATE_LIMITED', messages.auth.tooManyFailedSignIns({ wait }));
}
