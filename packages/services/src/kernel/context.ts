import type { Database } from '@rectify/db';
import { type Actor, chinaDateOf, type Locale } from '@rectify/domain';

/** What every use case receives: the database, who is acting, in which language, and the clock. */
export interface ServiceContext {
  db: Database;
  actor: Actor;
  locale: Locale;
  /** The time of the request; tests pass a fixed clock. */
  now: () => Date;
}

/** Today as an ISO date in China Standard Time, the calendar the ledger's deadlines are kept in. */
export function todayOf(ctx: Pick<ServiceContext, 'now'>): string {
  return chinaDateOf(ctx.now());
}
