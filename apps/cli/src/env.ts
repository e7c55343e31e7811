import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStorageEnv } from '@rectify/services';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The same database settings as the API: DATABASE_URL for PostgreSQL, else PGlite under RECTIFY_DATA_DIR. */
export function databaseOptions(env: NodeJS.ProcessEnv = process.env) {
  const { DATABASE_URL } = readStorageEnv(env);
  const dataDir = path.resolve(env.RECTIFY_DATA_DIR || path.join(repoRoot, '.data'));
  return { url: DATABASE_URL, dataDir: path.join(dataDir, 'pglite') };
}
