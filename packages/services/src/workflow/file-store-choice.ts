import type { Executor } from '@rectify/db';
import { z } from 'zod';
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

/**
 * The variables that say where records and files are kept, read by the API and the command line alike: the
 * API's environment (apps/api/src/env.ts) includes them, and `readStorageEnv` reads them for the CLI.
 */
export const STORAGE_VARIABLES = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection string' })
    .optional(),
  RECTIFY_FILE_STORE: z
    .enum(FILE_STORE_KINDS, { error: `must be one of ${FILE_STORE_KINDS.join(', ')}` })
    .optional(),
  RECTIFY_S3_BUCKET: z.string().optional(),
  RECTIFY_S3_ENDPOINT: z.url({ error: 'must be a URL such as https://oss.example.cn' }).optional(),
  RECTIFY_S3_REGION: z.string().optional(),
  RECTIFY_S3_ACCESS_KEY_ID: z.string().optional(),
  RECTIFY_S3_SECRET_ACCESS_KEY: z.string().optional(),
} satisfies Record<string, z.ZodType<unknown, string | undefined>>;

export type StorageEnv = z.output<z.ZodObject<typeof STORAGE_VARIABLES>>;

/**
 * The storage variables of `env`, checked; a wrong one is refused with one line per variable, naming it
 * (never repeating the database URL, which may hold a password). An empty value counts as unset.
 */
export function readStorageEnv(env: Record<string, string | undefined>): StorageEnv {
  const given = Object.fromEntries(
    Object.keys(STORAGE_VARIABLES).flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
  );
  const parsed = z.object(STORAGE_VARIABLES).safeParse(given);
  if (parsed.success) return parsed.data;
  throw new Error(
    parsed.error.issues
      .map((issue) => {
        const name = String(issue.path[0]);
        const shown = name === 'DATABASE_URL' ? '' : ` (got ${JSON.stringify(given[name])})`;
        return `${name} ${issue.message}${shown}`;
      })
      .join('\n'),
  );
}

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
  const storage = readStorageEnv(env);
  const kind = storage.RECTIFY_FILE_STORE ?? defaultFileStoreKind(storage.DATABASE_URL);
  if (kind === 's3') return openFileStore(db, { kind, s3: s3SettingsFrom(storage) });
  return openFileStore(db, kind === 'folder' ? { kind, dataDir: defaultDataDir(env) } : { kind });
}
