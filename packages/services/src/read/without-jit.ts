import type { Database, Executor } from '@rectify/db';
import { sql } from 'drizzle-orm';

/**
 * A read over every task of a ledger, with PostgreSQL's JIT compilation off. Such a statement runs a small
 * subquery per task, which PostgreSQL costs high enough to compile the plan first: at the 100× ledger the
 * compiling took 1.5–2.5 s of statements that run in well under one. `set local` needs a transaction.
 */
export function withoutJit<T>(db: Database, read: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return read(tx);
  });
}
