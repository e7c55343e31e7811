import { existsSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * PostgreSQL's memory settings inside PGlite, sized for one API process on a ledger of thousands of records
 * rather than PostgreSQL's server defaults (shared_buffers 128MB, maintenance_work_mem 64MB): the WebAssembly
 * heap only grows, so what PostgreSQL touches once stays resident. Measured on reopening a data folder: 290 MB
 * resident with the defaults, 160 MB with these (README, Operations).
 */
export const PGLITE_MEMORY: Pick<PGliteOptions, 'startParams'> = {
  startParams: [
    ...PGlite.defaultStartParams,
    ...['-c', 'shared_buffers=16MB', '-c', 'work_mem=2MB', '-c', 'maintenance_work_mem=16MB'],
    ...['-c', 'temp_buffers=2MB', '-c', 'wal_buffers=512kB'],
  ],
};

/** Whether opening this data folder will create the database (initdb). */
export const needsInitdb = (dataDir: string | undefined) =>
  dataDir !== undefined && !existsSync(path.join(dataDir, 'PG_VERSION'));

/**
 * One full V8 collection. On its first open of a folder, PGlite runs initdb in a second WebAssembly instance
 * (some 450 MB) and drops it; nothing makes V8 collect while a server is idle, so it would stay resident
 * (measured alone: 772 MB before, 344 MB after). `gc` is reached through a V8 flag set at run time.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
}
