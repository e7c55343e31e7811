import type { Database } from '@rectify/db';
import { CHINA_OFFSET, type IsoDate, type JobKind } from '@rectify/domain';
import { sendDigestDeliveries } from '../deliveries/digest-deliveries.js';
import { runDelivery } from '../deliveries/send-delivery.js';
import { runFileGeneration } from '../documents/file-generation.js';
import { runDailyDigest } from '../notifications/daily-digest.js';
import { deliverWebhook, type WebhookJobData } from '../webhooks/deliver-webhook.js';
import type { FileStore } from '../workflow/file-store.js';

/** How often a failed attempt is tried again: up to `retryLimit` more times, `retryDelay` seconds apart, doubling with jitter when `retryBackoff`. */
export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

/** What a job works with: the database, and the file store it writes generated files to (none on the CLI). */
export interface JobEnvironment {
  db: Database;
  files: FileStore | null;
}

/** One kind of background work: what it runs, and how a failure is retried. */
export interface JobDefinition {
  retry: RetryPolicy;
  /** An attempt still running after this long counts as failed (and is retried). */
  expireInSeconds: number;
  /** The work; what it returns is kept as the job's result. Throwing fails the attempt. */
  run(env: JobEnvironment, data: Record<string, unknown>): Promise<unknown>;
}

export type JobDefinitions = Record<JobKind, JobDefinition>;

/** The data of a DAILY_DIGEST job: a day to run it as of (the demo ledger's 2018), or today. */
interface DigestJobData {
  date?: IsoDate;
}

/** One attempt of a webhook delivery; the delivery is logged as failed for good after the last retry. */
export function webhookDeliveryDefinition(retry: RetryPolicy): JobDefinition {
  return {
    retry,
    expireInSeconds: 60,
    run: ({ db }, data) =>
      deliverWebhook(db, data as unknown as WebhookJobData, { retryLimit: retry.retryLimit }),
  };
}

/** A delivery is tried 1 + 5 times, 30 s apart and doubling (about half an hour in all). */
const DELIVERY_RETRY_LIMIT = 5;

export const jobDefinitions: JobDefinitions = {
  // Idempotent per day, so a retry (or a second trigger) never reminds anyone twice.
  DAILY_DIGEST: {
    retry: { retryLimit: 5, retryDelay: 60, retryBackoff: true },
    expireInSeconds: 15 * 60,
    run: async ({ db }, data: DigestJobData) => {
      const now = data.date ? new Date(`${data.date}T07:00:00${CHINA_OFFSET}`) : new Date();
      const reminders = await runDailyDigest(db, { now });
      // The e-mail digests carry what was held for them, the reminders just made included.
      return { ...reminders, ...(await sendDigestDeliveries(db, now)) };
    },
  },
  // One e-mail or robot post; its row says whether it is still to go, so a retry never sends it twice.
  DELIVERY: {
    retry: { retryLimit: DELIVERY_RETRY_LIMIT, retryDelay: 30, retryBackoff: true },
    expireInSeconds: 5 * 60,
    run: ({ db }, data) => runDelivery(db, data, DELIVERY_RETRY_LIMIT),
  },
  // Writes its file and marks the request done in one transaction; a retry after a failed attempt starts over.
  GENERATE_FILE: {
    retry: { retryLimit: 2, retryDelay: 10, retryBackoff: true },
    expireInSeconds: 30 * 60,
    run: (env, data) => runFileGeneration(env, data),
  },
  // About a day of retries (10 s doubling, with jitter); the delivery row guards against a second POST.
  WEBHOOK_DELIVERY: webhookDeliveryDefinition({ retryLimit: 12, retryDelay: 10, retryBackoff: true }),
};
