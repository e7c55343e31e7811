import { z } from 'zod';
import { backupError } from './backup-error.js';

export const BACKUP_FORMAT = 'rectify-backup';
/** Raised when the layout changes; a restore refuses a version it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex');
const count = z.int().nonnegative();

const backupTable = z.object({
  name: z.string().min(1),
  /** The archive entry holding the rows as JSON lines. */
  entry: z.string().regex(/^tables\/[^/]+\.jsonl$/),
  columns: z.array(z.string().min(1)),
  rows: count,
  /** Bytes of the JSON lines, uncompressed. */
  bytes: count,
  sha256,
  identity: z.array(z.object({ column: z.string().min(1), lastValue: z.string().regex(/^\d+$/).nullable() })),
});

const backupFile = z.object({
  sha256,
  size: count,
  entry: z.string().regex(/^files\/[0-9a-f]{64}$/),
});

/** `manifest.json`: what a backup holds and how to check it. Tables are listed in dependency order. */
const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  /** The schema the rows fit: the last migration applied to the database backed up. */
  migration: z.object({ tag: z.string().min(1), hash: sha256 }),
  /** The server that wrote it (`server_version`), for the operator's information. */
  server: z.string(),
  tables: z.array(backupTable),
  files: z.array(backupFile),
});

export type BackupManifest = z.infer<typeof backupManifest>;
export type BackupTable = z.infer<typeof backupTable>;
export type BackupFile = z.infer<typeof backupFile>;

/** Reads a manifest, refusing what is not one, or one of a format version this code does not know. */
export function parseManifest(text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw backupError('备份清单不是有效的 JSON', 'the backup manifest is not valid JSON');
  }
  const header = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.int() }).safeParse(json);
  if (!header.success) throw backupError('不是 Rectify 备份文件', 'not a Rectify backup (manifest format)');
  if (header.data.formatVersion !== BACKUP_FORMAT_VERSION)
    throw backupError(
      `备份格式版本 ${header.data.formatVersion} 无法读取（本程序读取版本 ${BACKUP_FORMAT_VERSION}）`,
      `backup format version ${header.data.formatVersion} is not readable by this version (it reads ${BACKUP_FORMAT_VERSION})`,
    );
  const parsed = backupManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || 'manifest';
    throw backupError(
      `备份清单有误：${where}: ${issue.message}`,
      `the backup manifest is wrong at ${where}: ${issue.message}`,
    );
  }
  return parsed.data;
}
