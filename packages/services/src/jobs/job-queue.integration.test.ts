import { setTimeout as sleep } from 'node:timers/promises';
import { auditEvents, type DatabaseHandle, openDatabase, queryRows } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { userActor } from '@rectify/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDeliveryJob } from '../deliveries/tx-job.js';
import { failure } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { type JobDefinition, type JobDefinitions, jobDefinitions } from './job-definitions.js';
import { createJobQueue, JobFailed, type JobQueue, type JobQueueOptions } from './job-queue.js';
import { listJobs } from './list-jobs.js';

// Two queues stand for two servers: on PostgreSQL each has its own connections to one database; on PGlite
// (one process) they share the embedded database.
let t: TestDatabase;
let second: DatabaseHandle;
const queues: JobQueue[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  second = t.url ? await openDatabase({ url: t.url, poolSize: 4 }) : t;
});
afterAll(async () => {
  for (const queue of queues) await queue.stop(1000);
  if (second !== t) await second?.close();
  await t?.close();
});

const admin = () => contextFor(t.db, userActor('ADMIN', 1));
const withDigest = (digest: Partial<JobDefinition>): Partial<JobDefinitions> => ({
  DAILY_DIGEST: { ...jobDefinitions.DAILY_DIGEST, ...digest },
});

/** Two servers' queues on one database, started together. */
async function twoServers(options: JobQueueOptions): Promise<[JobQueue, JobQueue]> {
  const pair: [JobQueue, JobQueue] = [
    createJobQueue(t, { pollingIntervalSeconds: 0.5, ...options }),
    createJobQueue(second, { pollingIntervalSeconds: 0.5, ...options }),
  ];
  queues.push(...pair);
  await Promise.all(pair.map((q) => q.start()));
  return pair;
}

async function stopAll() {
  for (const queue of queues.splice(0)) await queue.stop(1000);
}

describe('the job queue', () => {
  it('runs each job once, whichever of two servers takes it', async () => {
    const runs: string[] = [];
    const [a, b] = await twoServers({
      definitions: withDigest({
        run: async (_db, data) => {
          runs.push(String(data.n));
          return { n: data.n };
        },
      }),
    });
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, n) => (n % 2 ? a : b).send('DAILY_DIGEST', { n })),
    );
    const results = await Promise.all(ids.map((id) => a.result('DAILY_DIGEST', id)));
    expect(results).toEqual(Array.from({ length: 8 }, (_, n) => ({ n })));
    expect(runs.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    await stopAll();
  });

  it('wakes every server’s workers when a transaction commits jobs, rather than at their next poll', async () => {
    const runs: number[] = [];
    // Workers that would otherwise look for a job once an hour.
    const [a] = await twoServers({
      pollingIntervalSeconds: 3600,
      definitions: {
        DELIVERY: {
          ...jobDefinitions.DELIVERY,
          run: async (_environment, data) => {
            runs.push(Number(data.deliveryId));
            return { deliveryId: data.deliveryId };
          },
        },
      },
    });
    // Past each worker's first (empty) fetch at its start: from now on only a wake makes it look.
    await sleep(1500);
    // Three jobs in one transaction on the second server's connections: more than there are workers, so each
    // worker that took one must look again at once.
    const ids = await second.db.transaction(async (tx) => {
      const queued: string[] = [];
      for (const deliveryId of [9001, 9002, 9003])
        queued.push(await queueDeliveryJob(tx, deliveryId, new Date()));
      return queued;
    });
    const results = await Promise.all(ids.map((id) => a.result('DELIVERY', id)));
    expect(results).toEqual([{ deliveryId: 9001 }, { deliveryId: 9002 }, { deliveryId: 9003 }]);
    expect(runs.sort()).toEqual([9001, 9002, 9003]);
    await stopAll();
  });

  it('retries a failed attempt with backoff, and shows ADMIN the error', async () => {
    const [queue] = await twoServers({
      definitions: withDigest({
        retry: { retryLimit: 3, retryDelay: 3600, retryBackoff: true },
        run: async () => {
          throw new Error('收件箱已满 mailbox full');
        },
      }),
    });
    const id = await queue.send('DAILY_DIGEST');
    let job = (await listJobs(admin(), { state: 'RETRY' })).find((j) => j.id === id);
    while (!job) {
      await sleep(100);
      job = (await listJobs(admin(), { state: 'RETRY' })).find((j) => j.id === id);
    }
    expect(job).toMatchObject({
      kind: 'DAILY_DIGEST',
      attempts: 1,
      retryLimit: 3,
      error: '收件箱已满 mailbox full',
    });
    // The first retry waits between one and two retry delays (backoff with jitter), not a fixed second.
    const wait = job.startAfter.getTime() - Date.now();
    expect(wait).toBeGreaterThan(3000 * 1000);
    expect(wait).toBeLessThanOrEqual(7200 * 1000);
    expect((await listJobs(admin(), { state: 'COMPLETED' })).some((j) => j.id === id)).toBe(false);
    await stopAll();
  });

  it('fails a job for good after its retries; ADMIN sees it and may give it one more attempt', async () => {
    let broken = true;
    const [queue] = await twoServers({
      definitions: withDigest({
        retry: { retryLimit: 1, retryDelay: 1, retryBackoff: false },
        run: async () => {
          if (broken) throw new Error('SMTP 550');
          return { delivered: true };
        },
      }),
    });
    const id = await queue.send('DAILY_DIGEST');
    const failed = await queue.result('DAILY_DIGEST', id).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(JobFailed);
    expect(failed).toMatchObject({ state: 'failed', message: 'SMTP 550' });
    const [shown] = (await listJobs(admin(), { state: 'FAILED' })).filter((j) => j.id === id);
    expect(shown).toMatchObject({ state: 'FAILED', attempts: 2, error: 'SMTP 550' });
    expect(shown?.completedAt).toBeInstanceOf(Date);

    broken = false;
    await queue.retry('DAILY_DIGEST', id);
    expect(await queue.result('DAILY_DIGEST', id)).toEqual({ delivered: true });
    const [done] = (await listJobs(admin(), { kind: 'DAILY_DIGEST' })).filter((j) => j.id === id);
    expect(done).toMatchObject({ state: 'COMPLETED', attempts: 3, error: null });
    await stopAll();
  });

  it('shows the jobs to ADMIN only', async () => {
    for (const role of ['OFFICE', 'UNIT', 'LEADER', 'SUPERVISOR', 'DISCIPLINE'] as const) {
      const refused = await failure(listJobs(contextFor(t.db, userActor(role, 1))));
      expect(refused.code).toBe('FORBIDDEN');
    }
  });
});

describe('the daily digest on a schedule', () => {
  it('runs once at its time in China time, however many servers schedule it', {
    timeout: 120_000,
  }, async () => {
    const digests = () =>
      t.db.select().from(auditEvents).where(eq(auditEvents.action, 'notification.digest'));
    const before = (await digests()).length;
    const epochOf = async (query: ReturnType<typeof sql>) =>
      new Date(Number((await queryRows<{ s: string }>(t.db, query))[0]!.s) * 1000);
    const dbNow = () => epochOf(sql`select extract(epoch from now())::text as s`);
    // The schedule's minute, in Shanghai: this one, or the next when too little of this one is left.
    const since = await dbNow();
    let at = since;
    if (at.getUTCSeconds() > 45) at = new Date(at.getTime() + 60_000);
    const shanghai = new Date(at.getTime() + 8 * 3_600_000);
    const cron = `${shanghai.getUTCMinutes()} ${shanghai.getUTCHours()} * * *`;
    const minuteEnd = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + 60_000);

    await twoServers({ digestCron: cron, cronMonitorIntervalSeconds: 1 });
    // Both servers look at the schedule every second, all through the minute and after it.
    const cronLookedAt = () =>
      epochOf(sql`select extract(epoch from cron_on)::text as s from pgboss.version`);
    while ((await cronLookedAt()) <= minuteEnd) await sleep(250);
    // The jobs of this schedule (the tests above left theirs behind), once none is still to run.
    const scheduledJobs = async () =>
      (await listJobs(admin(), { kind: 'DAILY_DIGEST' })).filter((j) => j.createdAt >= since);
    let scheduled = await scheduledJobs();
    while (scheduled.some((j) => j.state !== 'COMPLETED' && j.state !== 'FAILED')) {
      await sleep(250);
      scheduled = await scheduledJobs();
    }
    expect(scheduled.map((j) => j.state)).toEqual(['COMPLETED']);
    expect((await digests()).length).toBe(before + 1);
    await stopAll();
  });
});
