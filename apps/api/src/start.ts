import type { Server } from 'node:http';
import path from 'node:path';
import { connectDatabase, type DatabaseHandle } from '@rectify/db';
import {
  createJobQueue,
  DEFAULT_AUTH_LIMITS,
  type DeliveryPump,
  type JobQueue,
  openFileStore,
  startDeliveryPump,
} from '@rectify/services';
import { type ApiEnv, describeEnv } from './env.js';
import type { Readiness } from './http/health.js';
import { listen } from './http/listen.js';
import { createMetrics, metricsServer } from './http/metrics.js';
import { createRectifyServer } from './http/server.js';
import { closeGracefully } from './http/shutdown.js';
import { resolveJwtSecret } from './jwt-secret.js';
import type { Logger } from './logger.js';
import { prepareDatabase } from './prepare-database.js';

export interface RunningApi {
  handle: DatabaseHandle;
  readiness: Readiness;
  port: number;
  metricsPort: number | null;
  /** The job queue this process works and schedules (null with RECTIFY_JOBS=false). */
  jobs: JobQueue | null;
  /** Resolves once the database is migrated (and the demo loaded): the server is ready. */
  ready: Promise<void>;
  /** Stops taking requests, finishes those in flight (within the grace period), closes the database. */
  stop(): Promise<void>;
}

/**
 * The API as `main.ts` runs it: listening first (so that /health answers and a port in use is told at
 * once), then migrating as soon as the database answers, then ready.
 */
export async function startApi(env: ApiEnv, logger: Logger): Promise<RunningApi> {
  const jwtSecret = resolveJwtSecret(env.jwtSecret, env.dataDir);
  const handle = await connectDatabase({
    url: env.databaseUrl,
    dataDir: path.join(env.dataDir, 'pglite'),
    poolSize: env.poolSize,
    onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
  const files = openFileStore(handle.db, env.fileStore);
  const readiness: Readiness = { state: 'starting' };
  const metrics = env.metrics ? createMetrics(handle) : null;
  const jobs = env.jobs
    ? createJobQueue(handle, {
        digestCron: `0 ${env.jobs.digestHour} * * *`,
        cronMonitorIntervalSeconds: env.jobs.scheduleCheckSeconds,
        files,
        onError: (error) => logger.warn({ err: error }, 'job queue'),
        onAttemptFailed: (job, error) => logger.warn({ job, err: error }, 'job attempt failed'),
      })
    : null;
  const app = await createRectifyServer(
    handle,
    { jwtSecret, ...DEFAULT_AUTH_LIMITS },
    { ...env, files, logger, metrics, readiness, jobs },
  );
  let metricsListener: Server | null = null;
  try {
    const port = await listen(app.server, {
      port: env.port,
      host: env.host,
      portVariable: 'PORT',
      hostVariable: 'HOST',
    });
    let metricsPort: number | null = null;
    if (metrics && env.metrics) {
      metricsListener = metricsServer(metrics);
      metricsPort = await listen(metricsListener, {
        ...env.metrics,
        portVariable: 'RECTIFY_METRICS_PORT',
        hostVariable: 'RECTIFY_METRICS_HOST',
      });
    }
    logger.info({ settings: describeEnv(env), port, metricsPort }, 'settings');
    const aborted = new AbortController();
    let pump: DeliveryPump | null = null;
    const ready = prepareDatabase(handle, {
      loadDemo: env.loadDemo,
      files,
      demoDates: env.demoDates,
      logger,
      signal: aborted.signal,
    })
      // The queue's tables are made on its first start, after the application's own migrations.
      .then(() => jobs?.start())
      // Webhook deliveries are handed to the queue by every server that works it (each by one of them).
      .then(() => {
        if (jobs && readiness.state === 'starting') {
          pump = startDeliveryPump(handle.db, jobs, {
            onError: (error) => logger.warn({ err: error }, 'webhook pump'),
          });
        }
      })
      .then(() => {
        if (readiness.state === 'starting') readiness.state = 'ready';
      });
    return {
      handle,
      readiness,
      port,
      metricsPort,
      jobs,
      ready,
      async stop() {
        readiness.state = 'stopping';
        aborted.abort();
        await ready.catch(() => undefined);
        await pump?.stop();
        // Jobs running here finish within the same grace as requests; those cut are retried elsewhere.
        await Promise.all([app.stop(env.shutdownGraceMs), jobs?.stop(env.shutdownGraceMs)]);
        if (metricsListener) await closeGracefully(metricsListener, 0);
        await handle.close();
      },
    };
  } catch (error) {
    await app.stop(0);
    if (metricsListener?.listening) await closeGracefully(metricsListener, 0);
    await handle.close();
    throw error;
  }
}
