import { type Executor, loginAttempts } from '@rectify/db';
import { and, count, eq, gt } from 'drizzle-orm';
import { ServiceError } from '../kernel/errors.js';
import type { AuthConfig } from './auth-config.js';

/**
 * Refuses a login when the account, or the address, has failed too often within the window — before the
 * password is even checked, so that guessing stops. Counted in the database, so it holds across API instances.
 */
export async function assertLoginAllowed(
  db: Executor,
  config: AuthConfig,
  attempt: { username: string; address: string; now: Date },
): Promise<void> {
  const since = new Date(attempt.now.getTime() - config.failureWindowSeconds * 1000);
  const failures = async (condition: ReturnType<typeof eq>) => {
    const [row] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(condition, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
    return row?.n ?? 0;
  };
  if (
    (await failures(eq(loginAttempts.username, attempt.username))) >= config.maxFailuresPerAccount ||
    (await failures(eq(loginAttempts.address, attempt.address))) >= config.maxFailuresPerAddress
  ) {
    const minutes = Math.ceil(config.failureWindowSeconds / 60);
    throw new ServiceError('RATE_LIMITED', {
      zh: `登录失败次数过多,请${minutes}分钟后再试`,
      en: `too many failed sign-ins; try again in ${minutes} minutes`,
    });
  }
}

export async function recordLoginAttempt(
  db: Executor,
  attempt: { username: string; address: string; now: Date; succeeded: boolean },
): Promise<void> {
  await db.insert(loginAttempts).values({
    username: attempt.username,
    address: attempt.address,
    succeeded: attempt.succeeded,
    at: attempt.now,
  });
}
