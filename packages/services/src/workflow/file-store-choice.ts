import type { Executor } from '@rectify/db';
import { DatabaseFileStore } from './database-file-store.js';
import { defaultDataDir, type FileStore, localFileStore } from './file-store.js';

/** Where files are kept: in the database (every server sees them) or in the data folder (one server). */
export const FILE_STORE_KINDS = ['database', 'folder'] as const;
export type FileStoreKind = (typeof FILE_STORE_KINDS)[number];

/** PostgreSQL keeps the files with the records, so servers are interchangeable; the embedded default keeps the folder. */
export const defaultFileStoreKind = (databaseUrl: string | undefined): FileStoreKind =>
  databaseUrl ? 'database' : 'folder';

export function openFileStore(
  db: Executor,
  kind: FileStoreKind,
  dataDir: string = defaultDataDir(),
): FileStore {
  return kind === 'database' ? new DatabaseFileStore(db) : localFileStore(dataDir);
}

/** The store the environment names (RECTIFY_FILE_STORE, else by DATABASE_URL), as the CLI opens it. */
export function fileStoreFromEnv(db: Executor, env: NodeJS.ProcessEnv = process.env): FileStore {
  const named = env.RECTIFY_FILE_STORE;
  if (named !== undefined && !FILE_STORE_KINDS.includes(named as FileStoreKind))
    throw new Error(`RECTIFY_FILE_STORE must be one of ${FILE_STORE_KINDS.join(', ')}`);
  return openFileStore(
    db,
    (named as FileStoreKind | undefined) ?? defaultFileStoreKind(env.DATABASE_URL),
    defaultDataDir(env),
  );
}
