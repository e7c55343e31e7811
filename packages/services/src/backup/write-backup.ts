import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  appliedMigration,
  type Database,
  LineDigest,
  queryRows,
  readIdentityPositions,
  readTablePlans,
  type TablePlan,
  type Transaction,
  tableLines,
} from '@rectify/db';
import { sql } from 'drizzle-orm';
import type { FileStore } from '../workflow/file-store.js';
import { backupError } from './backup-error.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupManifest,
  type BackupTable,
  MANIFEST_ENTRY,
} from './backup-manifest.js';
import { referencedFiles } from './stored-files.js';
import { ZipWriter } from './zip-archive.js';

export interface BackupSummary {
  file: string;
  /** Size of the archive. */
  bytes: number;
  manifest: BackupManifest;
}

/** Table rows are written to the archive in chunks of about this size. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Writes a backup of the whole database and of every file it refers to into one zip archive: each table's rows
 * as JSON lines (`tables/<name>.jsonl`, in dependency order), each file by its hash (`files/<sha256>`), and
 * `manifest.json` with the schema's migration and every table's row count and sha256 and every file's size and
 * sha256. The tables are read in one snapshot (a repeatable-read transaction), through cursors; files come
 * through the FileStore. The archive appears under its name only when complete; an existing file is never
 * overwritten.
 */
export async function writeBackup(
  db: Database,
  options: { file: string; files: FileStore; now?: Date },
): Promise<BackupSummary> {
  const { file, files } = options;
  if (existsSync(file))
    throw backupError(`${file} 已存在，备份不会覆盖文件`, `${file} exists: a backup never overwrites a file`);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  const zip = new ZipWriter(partial);
  try {
    const snapshot = await db.transaction(
      async (tx) => {
        await tx.execute(sql`set local time zone 'UTC'`);
        const migration = await appliedMigration(tx);
        if (!migration) throw backupError('数据库尚未迁移', 'the database has no migrations applied');
        const tables: BackupTable[] = [];
        for (const plan of await readTablePlans(tx)) tables.push(await addTable(zip, tx, plan));
        const [server] = await queryRows<{ server_version: string }>(tx, sql`show server_version`);
        return { migration, tables, server: server?.server_version ?? '', hashes: await referencedFiles(tx) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    // Stored files never change (they are named by their content): they need not be read inside the snapshot.
    const backedUp: BackupFile[] = [];
    for (const sha256 of snapshot.hashes) backedUp.push(await addFile(zip, files, sha256));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      migration: snapshot.migration,
      server: snapshot.server,
      tables: snapshot.tables,
      files: backedUp,
    };
    zip.addBuffer(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    await zip.finish();
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, manifest };
  } catch (error) {
    await zip.abort();
    await rm(partial, { force: true });
    throw error;
  }
}

async function addTable(zip: ZipWriter, tx: Transaction, plan: TablePlan): Promise<BackupTable> {
  const digest = new LineDigest();
  async function* chunks(): AsyncGenerator<Buffer> {
    let pending: Buffer[] = [];
    let size = 0;
    for await (const line of tableLines(tx, plan)) {
      const bytes = digest.add(line);
      pending.push(bytes);
      size += bytes.length;
      if (size >= CHUNK_BYTES) {
        yield Buffer.concat(pending);
        pending = [];
        size = 0;
      }
    }
    if (pending.length > 0) yield Buffer.concat(pending);
  }
  const entry = `tables/${plan.name}.jsonl`;
  await zip.add(entry, Readable.from(chunks(), { objectMode: false }));
  return {
    name: plan.name,
    entry,
    columns: plan.columns.map((column) => column.name),
    ...digest.digest(),
    bytes: digest.bytes,
    identity: await readIdentityPositions(tx, plan),
  };
}

/** Copies a stored file into the archive, checking on the way that it is still the file its hash names. */
async function addFile(zip: ZipWriter, files: FileStore, sha256: string): Promise<BackupFile> {
  const stored = await files.open(sha256);
  if (!stored)
    throw backupError(
      `文件存储中缺少被引用的文件 ${sha256}`,
      `file ${sha256} is referenced by the database but missing from the file store`,
    );
  async function* verified(): AsyncGenerator<Buffer> {
    const hash = createHash('sha256');
    for await (const chunk of stored!.stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      yield chunk;
    }
    if (hash.digest('hex') !== sha256)
      throw backupError(
        `文件存储中的文件 ${sha256} 已损坏`,
        `stored file ${sha256} is damaged (its content has another hash)`,
      );
  }
  const entry = `files/${sha256}`;
  await zip.add(entry, Readable.from(verified(), { objectMode: false }), stored.size);
  return { sha256, size: stored.size, entry };
}
