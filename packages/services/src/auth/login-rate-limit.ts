import { type Executor, loginAttempts } from '@rectify/db';
import { and, eq, gt, lte, or, type SQL, sql } from 'drizzle-orm';
import { ServiceError } from '../kernel/errors.js';
import type { AuthConfig } from './auth-config.js';

export interface LoginAttempt {
  username: string;
  address: string;
  now: Date;
}

const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * Admits a sign-in attempt, or refuses it when the account or the address has failed too often within the
 * window — before any password is checked, so that guessing stops. The attempt is written first, as a
 * failure, and counted with the others: parallel guesses then cannot all slip past the count before any of
 * them is recorded. Counted in the database, so the limit holds across API instances. Returns the attempt's
 * id, for `markLoginSucceeded`.
 */
export async function admitLoginAttempt(
  db: Executor,
  config: AuthConfig,
  attempt: LoginAttempt,
): Promise<number> {
  const [row] = await db
    .insert(loginAttempts)
    .values({ username: attempt.username, address: attempt.address, succeeded: false, at: attempt.now })
    .returning({ id: loginAttempts.id });
  const since = new Date(attempt.now.getTime() - config.failureWindowSeconds * 1000);
  const byAccount = eq(loginAttempts.username, attempt.username);
  const byAddress = eq(loginAttempts.address, attempt.address);
  const [failures] = await db
    .select({ account: countWhere(byAccount), address: countWhere(byAddress) })
    .from(loginAttempts)
    .where(
      and(
        or(byAccount, byAddress),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        lte(loginAttempts.at, attempt.now),
      ),
    );
  // The counts include this attempt: over the limit means the earlier failures already reached it.
  const overLimit =
    (failures?.account ?? 0) > config.maxFailuresPerAccount ||
    (failures?.address ?? 0) > config.maxFailuresPerAddress;
  if (overLimit) {
    // A refused attempt checked no password, so it is no failure: the window is not prolonged by it.
    await db.delete(loginAttempts).where(eq(loginAttempts.id, row!.id));
    throw rateLimited(config);
  }
  return row!.id;
}

export async function markLoginSucceeded(db: Executor, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

function rateLimited(config: AuthConfig): ServiceError {
  const minutes = Math.ceil(config.failureWindowSeconds / 60);
  return new ServiceError('RATE_LIMITED', {
    zh: `登录失败次数过多,请${minutes}分钟后再试`,
    en: `too many failed sign-ins; try again in ${minutes} minutes`,
  });
}
