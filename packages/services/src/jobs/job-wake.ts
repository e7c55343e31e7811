import type { Executor } from '@rectify/db';
import type { JobKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';

/** The channel every server working the queue listens on; the payload is the kind of job waiting. */
export const JOB_CHANNEL = 'rectify_jobs';

/**
 * Tells every server's workers of `kind` that a job waits, at the commit of the caller's transaction
 * (PostgreSQL holds a notification until then and drops it on rollback, and sends the same one once per
 * transaction): they fetch it at once instead of at their next poll, whichever server queued it.
 */
export async function wakeWorkersAtCommit(tx: Executor, kind: JobKind): Promise<void> {
  await tx.execute(sql`select pg_notify(${JOB_CHANNEL}, ${kind})`);
}
