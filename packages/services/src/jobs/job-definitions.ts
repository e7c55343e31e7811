import type { Database } from '@rectify/db';
import type { IsoDate, JobKind } from '@rectify/domain';
import { sendDigestDeliveries } from '../deliveries/digest-deliveries.js';
import { runDelivery } from '../deliveries/send-delivery.js';
import { runDailyDigest } from '../notifications/daily-digest.js';

/** How often a failed attempt is tried again: up to `retryLimit` more times, `retryDelay` seconds apart, doubling with jitter when `retryBackoff`. */
export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

/** One kind of background work: what it runs, and how a failure is retried. */
export interface JobDefinition {
  retry: RetryPolicy;
  /** An attempt still running after this long counts as failed (and is retried). */
  expireInSeconds: number;
  /** The work; what it returns is kept as the job's result. Throwing fails the attempt. */
  run(db: Database, data: Record<string, unknown>): Promise<unknown>;
}

export type JobDefinitions = Record<JobKind, JobDefinition>;

/** The data of a DAILY_DIGEST job: a day to run it as of (the demo ledger's 2018), or today. */
export interface DigestJobData {
  date?: IsoDate;
}

/** A delivery is tried 1 + 5 times, 30 s apart and doubling (about half an hour in all). */
const DELIVERY_RETRY_LIMIT = 5;

export const jobDefinitions: JobDefinitions = {
  // Idempotent per day, so a retry (or a second trigger) never reminds anyone twice.
  DAILY_DIGEST: {
    retry: { retryLimit: 5, retryDelay: 60, retryBackoff: true },
    expireInSeconds: 15 * 60,
    run: async (db, data: DigestJobData) => {
      const now = data.date ? new Date(`${data.date}T07:00:00+08:00`) : new Date();
      const reminders = await runDailyDigest(db, { now });
      // The e-mail digests carry what was held for them, the reminders just made included.
      return { ...reminders, ...(await sendDigestDeliveries(db, now)) };
    },
  },
  // One e-mail or robot post; its row says whether it is still to go, so a retry never sends it twice.
  DELIVERY: {
    retry: { retryLimit: DELIVERY_RETRY_LIMIT, retryDelay: 30, retryBackoff: true },
    expireInSeconds: 5 * 60,
    run: (db, data) => runDelivery(db, data, DELIVERY_RETRY_LIMIT),
  },
};
