import type { Executor } from '@rectify/db';
import { DatabaseFileStore } from './database-file-store.js';
import { defaultDataDir, type FileStore, localFileStore } from './file-store.js';
import { S3FileStore, type S3Settings, s3Client } from './s3-file-store.js';

/**
 * Where files are kept: in the database or an S3-compatible bucket (every server sees them), or in the data
 * folder (one server).
 */
export const FILE_STORE_KINDS = ['database', 's3', 'folder'] as const;
export type FileStoreKind = (typeof FILE_STORE_KINDS)[number];

export type FileStoreChoice =
  | { kind: 'database' }
  | { kind: 'folder'; dataDir: string }
  | { kind: 's3'; s3: S3Settings };

/** PostgreSQL keeps the files with the records, so servers are interchangeable; the embedded default keeps the folder. */
export const defaultFileStoreKind = (databaseUrl: string | undefined): FileStoreKind =>
  databaseUrl ? 'database' : 'folder';

export function openFileStore(db: Executor, choice: FileStoreChoice): FileStore {
  switch (choice.kind) {
    case 'database':
      return new DatabaseFileStore(db);
    case 's3':
      return new S3FileStore(s3Client(choice.s3), choice.s3.bucket);
    case 'folder':
      return localFileStore(choice.dataDir);
  }
}

/** The RECTIFY_S3_* settings a bucket needs; every missing one is named. */
export function s3SettingsFrom(env: Record<string, string | undefined>): S3Settings {
  const required = ['RECTIFY_S3_BUCKET', 'RECTIFY_S3_ACCESS_KEY_ID', 'RECTIFY_S3_SECRET_ACCESS_KEY'];
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`RECTIFY_FILE_STORE=s3 needs ${missing.join(', ')}`);
  return {
    bucket: env.RECTIFY_S3_BUCKET!,
    endpoint: env.RECTIFY_S3_ENDPOINT || undefined,
    region: env.RECTIFY_S3_REGION || 'us-east-1',
    accessKeyId: env.RECTIFY_S3_ACCESS_KEY_ID!,
    secretAccessKey: env.RECTIFY_S3_SECRET_ACCESS_KEY!,
  };
}

/** The store the environment names (RECTIFY_FILE_STORE, else by DATABASE_URL), as the CLI opens it. */
export function fileStoreFromEnv(db: Executor, env: NodeJS.ProcessEnv = process.env): FileStore {
  const named = env.RECTIFY_FILE_STORE || undefined;
  if (named !== undefined && !FILE_STORE_KINDS.includes(named as FileStoreKind))
    throw new Error(`RECTIFY_FILE_STORE must be one of ${FILE_STORE_KINDS.join(', ')}`);
  const kind = (named as FileStoreKind | undefined) ?? defaultFileStoreKind(env.DATABASE_URL);
  if (kind === 's3') return openFileStore(db, { kind, s3: s3SettingsFrom(env) });
  return openFileStore(db, kind === 'folder' ? { kind, dataDir: defaultDataDir(env) } : { kind });
}
