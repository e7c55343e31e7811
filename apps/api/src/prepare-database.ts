import { setTimeout as sleep } from 'node:timers/promises';
import { type DatabaseHandle, isDatabaseUnavailable } from '@rectify/db';
import { type DemoDates, loadDemoLedger } from '@rectify/demo';
import type { FileStore } from '@rectify/services';
import type { Logger } from './logger.js';

/**
 * Brings the schema up to date (and loads the demo when asked), waiting for a database that cannot be
 * reached yet: a server may start before its database, and becomes ready once it answers. Any other
 * failure — wrong credentials, a migration that fails — is thrown: it needs a person, not patience.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  options: {
    loadDemo: boolean;
    demoDates: DemoDates;
    files: FileStore;
    logger: Logger;
    signal?: AbortSignal;
  },
): Promise<void> {
  const { logger, signal } = options;
  await untilAvailable(() => handle.migrate(), 'migrations', logger, signal);
  if (options.loadDemo) {
    const counts = await untilAvailable(
      () => loadDemoLedger(handle.db, { dates: options.demoDates, files: options.files }),
      'demo ledger',
      logger,
      signal,
    );
    logger.info({ counts }, 'demo ledger loaded');
  }
}

async function untilAvailable<T>(
  step: () => Promise<T>,
  what: string,
  logger: Logger,
  signal: AbortSignal | undefined,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await step();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const delayMs = Math.min(250 * 2 ** attempt, 5000);
      logger.warn(
        { err: error, attempt, retryInMs: delayMs },
        `database unavailable for the ${what}: retrying`,
      );
      await sleep(delayMs, undefined, { signal });
    }
  }
}
