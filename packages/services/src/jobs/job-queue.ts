import { setTimeout as sleep } from 'node:timers/promises';
import type { ChannelListener, DatabaseHandle } from '@rectify/db';
import { CHINA_TIME_ZONE, JobKind } from '@rectify/domain';
import PgBoss from 'pg-boss';
import { queueWaitingDeliveries } from '../deliveries/plan-deliveries.js';
import type { FileStore } from '../workflow/file-store.js';
import { type JobDefinitions, jobDefinitions } from './job-definitions.js';
import { JOB_CHANNEL } from './job-wake.js';

export interface JobQueueOptions {
  /** Take jobs and run them in this process (default true). */
  work?: boolean;
  /**
   * When the daily digest runs, as a cron expression in China time (`0 7 * * *`); absent: this process
   * schedules nothing (the command line). However many processes schedule it, each time fires once.
   */
  digestCron?: string;
  /** What each kind runs, where it differs from `jobDefinitions` (tests replace them). */
  definitions?: Partial<JobDefinitions>;
  /** Where generated files are written (the server's store); without one, GENERATE_FILE jobs fail here. */
  files?: FileStore;
  /** How often an idle worker looks for a job (pg-boss's default: 2 s). */
  pollingIntervalSeconds?: number;
  /** How often the schedule is looked at (pg-boss's default: 30 s; a scheduled time fires within a minute). */
  cronMonitorIntervalSeconds?: number;
  /** The queue's own failures (a lost connection while polling): it keeps going. */
  onError?: (error: Error) => void;
  /** A job's attempt that threw here (it is retried as its kind says, or fails for good). */
  onAttemptFailed?: (job: { kind: JobKind; id: string }, error: unknown) => void;
}

export interface JobQueue {
  start(): Promise<void>;
  /** Stops taking jobs and waits (up to `timeoutMs`) for those running here to finish. */
  stop(timeoutMs?: number): Promise<void>;
  /** Queues a job of a kind, with that kind's retry policy (and the id given, if any); answers its id. */
  send(kind: JobKind, data?: Record<string, unknown>, options?: { id?: string }): Promise<string>;
  /**
   * Waits for a job to end: its result once completed; its error, thrown, once it failed for good — or,
   * with `untilRetry`, as soon as an attempt failed (the queue still retries it).
   */
  result(
    kind: JobKind,
    id: string,
    options?: { signal?: AbortSignal; untilRetry?: boolean },
  ): Promise<unknown>;
  /** Gives a job that failed for good one more attempt. */
  retry(kind: JobKind, id: string): Promise<void>;
}

/** A job that failed for good (or was cancelled), with the error its last attempt threw. */
export class JobFailed extends Error {
  constructor(
    readonly state: string,
    message: string,
  ) {
    super(message);
    this.name = 'JobFailed';
  }
}

/** Serialises pg-boss's schema creation: its own check-then-create races when processes start together. */
const START_LOCK = 7_243_010;
/** Queues starting in one process on one database (PGlite's single session shares one advisory lock). */
const starting = new WeakMap<DatabaseHandle, Promise<unknown>>();

/**
 * The PostgreSQL job queue (pg-boss) on the application's own database and connections: its tables live in
 * the `pgboss` schema beside the ledger's, on PGlite and PostgreSQL alike. A job is taken by exactly one
 * worker of all the processes working the queue; a failed attempt is retried with backoff as its kind says.
 */
export function createJobQueue(handle: DatabaseHandle, options: JobQueueOptions = {}): JobQueue {
  const definitions: JobDefinitions = { ...jobDefinitions, ...options.definitions };
  const environment = { db: handle.db, files: options.files ?? null };
  const boss = new PgBoss({
    db: { executeSql: (text, values) => handle.executeSql(text, values) },
    schedule: options.digestCron != null,
    // A failed job stays in the queue, where it can be retried, for a week (pg-boss's default: 12 hours).
    archiveFailedAfterSeconds: 7 * 86_400,
    ...(options.cronMonitorIntervalSeconds
      ? { cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds }
      : {}),
  });
  boss.on('error', (error) => options.onError?.(error));
  /**
   * This process's worker of each kind, woken (instead of waiting for its next poll) when a job of its kind is
   * sent here, or committed by any server's transaction (`wakeWorkersAtCommit`, heard on `JOB_CHANNEL`).
   */
  const workers = new Map<JobKind, string>();
  const wake = (kind: JobKind) => {
    const worker = workers.get(kind);
    if (worker) boss.notifyWorker(worker);
  };
  let listener: ChannelListener | null = null;
  const sendOptions = (kind: JobKind) => ({
    ...definitions[kind].retry,
    expireInSeconds: definitions[kind].expireInSeconds,
  });

  async function startLocked() {
    await boss.start();
    for (const kind of JobKind.values) await boss.createQueue(kind, { name: kind, ...sendOptions(kind) });
    // Deliveries planned before any queue existed on this database get their jobs now.
    await queueWaitingDeliveries(handle.db);
    if (options.digestCron != null) {
      await boss.schedule(
        'DAILY_DIGEST',
        options.digestCron,
        {},
        {
          ...sendOptions('DAILY_DIGEST'),
          tz: CHINA_TIME_ZONE, // the ledger's days are China's
        },
      );
    }
  }

  return {
    async start() {
      const previous = starting.get(handle) ?? Promise.resolve();
      const current = previous.catch(() => undefined).then(() => withStartLock(handle, startLocked));
      starting.set(handle, current);
      await current;
      if (options.work === false) return;
      const polling =
        options.pollingIntervalSeconds == null
          ? {}
          : { pollingIntervalSeconds: options.pollingIntervalSeconds };
      for (const kind of JobKind.values) {
        const worker = await boss.work<Record<string, unknown>>(kind, polling, async ([job]) => {
          try {
            return await definitions[kind].run(environment, job?.data ?? {});
          } catch (error) {
            options.onAttemptFailed?.({ kind, id: job?.id ?? '' }, error);
            throw error;
          } finally {
            // Look again at once: pg-boss otherwise waits a polling interval after each job, so jobs
            // committed together would go one per poll.
            wake(kind);
          }
        });
        workers.set(kind, worker);
      }
      listener = await handle.listen(JOB_CHANNEL, {
        notify: (kind) => {
          if (JobKind.is(kind)) wake(kind);
        },
        // Whatever was announced while the connection was down: every worker looks now.
        ready: () => {
          for (const kind of workers.keys()) wake(kind);
        },
        lost: () => undefined,
      });
    },
    async stop(timeoutMs = 10_000) {
      await listener?.close();
      listener = null;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: Math.max(timeoutMs, 1000) });
    },
    async send(kind, data = {}, { id: given } = {}) {
      const id = await boss.send(kind, data, { ...sendOptions(kind), ...(given ? { id: given } : {}) });
      if (id == null) throw new Error(`the ${kind} job was not queued`);
      wake(kind);
      return id;
    },
    async result(kind, id, { signal, untilRetry = false } = {}) {
      for (;;) {
        signal?.throwIfAborted();
        const job = await boss.getJobById<unknown>(kind, id, { includeArchive: true });
        if (job == null) throw new JobFailed('missing', `job ${id} not found`);
        if (job.state === 'completed') return job.output;
        if (job.state === 'failed' || job.state === 'cancelled' || (untilRetry && job.state === 'retry')) {
          throw new JobFailed(job.state, errorMessageOf(job.output) ?? job.state);
        }
        await sleep(200, undefined, { signal });
      }
    },
    async retry(kind, id) {
      await boss.retry(kind, id);
    },
  };
}

/** The message of the error pg-boss kept as a failed attempt's output. */
function errorMessageOf(output: unknown): string | null {
  if (output == null || typeof output !== 'object') return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : null;
}

/** On PostgreSQL, one process at a time starts the queue (a session lock on a connection of its own). */
async function withStartLock<T>(handle: DatabaseHandle, start: () => Promise<T>): Promise<T> {
  if (!handle.pool) return start();
  const client = await handle.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [START_LOCK]);
    return await start();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [START_LOCK]).catch(() => undefined);
    client.release();
  }
}
