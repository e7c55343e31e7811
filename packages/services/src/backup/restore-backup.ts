import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { StringDecoder } from 'node:string_decoder';
import {
  appliedMigration,
  type Database,
  type Executor,
  loadTableLines,
  lockTables,
  nonEmptyTables,
  readTablePlans,
  restoreIdentityPositions,
  type TablePlan,
  tableDigest,
  truncateTables,
} from '@rectify/db';
import { sql } from 'drizzle-orm';
import type { FileStore } from '../workflow/file-store.js';
import { BackupError, backupError } from './backup-error.js';
import { type BackupManifest, type BackupTable, MANIFEST_ENTRY, parseManifest } from './backup-manifest.js';
import { referencedFiles } from './stored-files.js';
import { ZipReader } from './zip-archive.js';

export interface RestoreSummary {
  manifest: BackupManifest;
  /** The tables that held rows and were replaced (only with `force`). */
  replaced: string[];
}

/**
 * Restores a backup written by `writeBackup` into a database migrated to the same schema, and its files into
 * the file store. The schema's migration is compared first, then every entry of the archive is checked against
 * the manifest (sizes, sha256, row counts) before the database is touched; then, in one transaction, the tables are loaded, read back and compared with the
 * manifest again, the identity sequences are moved past the restored ids and the files are stored — the
 * transaction commits only when all of it agrees. A database that holds any row is refused unless `force`,
 * which replaces everything in it (in the same transaction).
 */
export async function restoreBackup(
  db: Database,
  options: { file: string; files: FileStore; force?: boolean },
): Promise<RestoreSummary> {
  const zip = await openArchive(options.file);
  try {
    const manifest = await readManifest(zip);
    await checkMigration(db, manifest);
    await verifyArchive(zip, manifest);
    const replaced = await db.transaction(async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      const plans = await readTablePlans(tx);
      const tables = matchTables(plans, manifest);
      await lockTables(tx, plans);
      const occupied = await nonEmptyTables(tx, plans);
      if (occupied.length > 0 && !options.force) throw notEmpty(occupied);
      await truncateTables(tx, occupied.length > 0 ? plans : []);
      for (const plan of plans) {
        const entry = tables.get(plan.name)!.entry;
        await loadTableLines(tx, plan, () => entryLines(zip, entry)).catch((error: unknown) => {
          throw backupError(
            `恢复表 ${plan.name} 失败：${causeOf(error)}`,
            `loading table ${plan.name} failed: ${causeOf(error)}`,
          );
        });
      }
      for (const plan of plans) {
        const expected = tables.get(plan.name)!;
        const loaded = await tableDigest(tx, plan);
        if (loaded.rows !== expected.rows || loaded.sha256 !== expected.sha256)
          throw backupError(
            `表 ${plan.name} 恢复后与备份不一致（${loaded.rows} 行，备份 ${expected.rows} 行）`,
            `table ${plan.name} differs from the backup once loaded (${loaded.rows} rows, backup ${expected.rows})`,
          );
        await restoreIdentityPositions(tx, plan, expected.identity);
      }
      await restoreFiles(tx, zip, manifest, options.files);
      return occupied;
    });
    return { manifest, replaced };
  } finally {
    zip.close();
  }
}

async function openArchive(file: string): Promise<ZipReader> {
  try {
    return await ZipReader.open(file);
  } catch (error) {
    throw backupError(
      `无法读取备份文件 ${file}:${causeOf(error)}`,
      `cannot read backup ${file}: ${causeOf(error)}`,
    );
  }
}

async function readManifest(zip: ZipReader): Promise<BackupManifest> {
  if (!zip.has(MANIFEST_ENTRY))
    throw backupError(
      '不是 Rectify 备份文件（缺少 manifest.json）',
      'not a Rectify backup (no manifest.json)',
    );
  const manifest = parseManifest((await buffer(await zip.stream(MANIFEST_ENTRY))).toString('utf8'));
  if (zip.duplicates.length > 0) throw damaged(zip.duplicates[0]!, 'the name appears twice');
  const listed = new Set([
    MANIFEST_ENTRY,
    ...manifest.tables.map((t) => t.entry),
    ...manifest.files.map((f) => f.entry),
  ]);
  const missing = [...listed].find((name) => !zip.has(name));
  if (missing)
    throw backupError(`备份不完整：缺少 ${missing}`, `the backup is incomplete: ${missing} is missing`);
  const extra = zip.names().find((name) => !listed.has(name));
  if (extra) throw damaged(extra, 'the manifest does not list it');
  return manifest;
}

/** Every table and file entry read through once: its size, sha256 and (for a table) row count as listed. */
async function verifyArchive(zip: ZipReader, manifest: BackupManifest): Promise<void> {
  for (const table of manifest.tables)
    await verifyEntry(zip, table.entry, { bytes: table.bytes, sha256: table.sha256, lines: table.rows });
  for (const file of manifest.files) {
    if (file.entry !== `files/${file.sha256}`) throw damaged(file.entry, 'its name is not its hash');
    await verifyEntry(zip, file.entry, { bytes: file.size, sha256: file.sha256 });
  }
}

async function verifyEntry(
  zip: ZipReader,
  name: string,
  expected: { bytes: number; sha256: string; lines?: number },
): Promise<void> {
  const hash = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  try {
    for await (const chunk of (await zip.stream(name)) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      if (expected.lines != null) for (const byte of chunk) if (byte === 0x0a) lines++;
    }
  } catch (error) {
    throw damaged(name, causeOf(error));
  }
  if (expected.lines != null && lines !== expected.lines)
    throw damaged(name, `${lines} rows where the manifest lists ${expected.lines}`);
  if (bytes !== expected.bytes)
    throw damaged(name, `${bytes} bytes where the manifest lists ${expected.bytes}`);
  if (hash.digest('hex') !== expected.sha256) throw damaged(name, 'its sha256 differs from the manifest');
}

async function checkMigration(db: Database, manifest: BackupManifest): Promise<void> {
  const current = await appliedMigration(db);
  if (current?.hash === manifest.migration.hash) return;
  const here = current?.tag ?? 'none';
  throw backupError(
    `备份的数据库结构为 ${manifest.migration.tag}，本数据库为 ${here}：请用写出该备份的 Rectify 版本恢复`,
    `the backup is at schema migration ${manifest.migration.tag}, this database at ${here}: restore it with the Rectify version that wrote it`,
  );
}

/** The backup's tables by name; they must be this database's tables, with the same columns. */
function matchTables(plans: TablePlan[], manifest: BackupManifest): Map<string, BackupTable> {
  const tables = new Map(manifest.tables.map((table) => [table.name, table]));
  const names = new Set(plans.map((plan) => plan.name));
  const differing =
    manifest.tables.find((table) => !names.has(table.name))?.name ??
    plans.find((plan) => tables.get(plan.name)?.columns.join() !== plan.columns.map((c) => c.name).join())
      ?.name;
  if (differing)
    throw backupError(
      `备份中的表 ${differing} 与本数据库的表结构不同`,
      `table ${differing} of the backup does not match this database's`,
    );
  return tables;
}

/** Puts back the files, after checking that every file the restored rows name is in the backup. */
async function restoreFiles(
  db: Executor,
  zip: ZipReader,
  manifest: BackupManifest,
  files: FileStore,
): Promise<void> {
  const inBackup = new Set(manifest.files.map((file) => file.sha256));
  const missing = (await referencedFiles(db)).find((sha256) => !inBackup.has(sha256));
  if (missing)
    throw backupError(
      `备份不完整：缺少被引用的文件 ${missing}`,
      `the backup is incomplete: file ${missing} is referenced but not in it`,
    );
  for (const file of manifest.files) {
    // Inside the restore's transaction: a store in the database keeps the files only if the restore commits.
    const stored = await files.put(await buffer(await zip.stream(file.entry)), db);
    if (stored.sha256 !== file.sha256) throw damaged(file.entry, 'its content changed while restoring');
  }
}

/** Splits an entry into its lines (the JSON rows), decoding UTF-8 across chunk boundaries. */
async function* entryLines(zip: ZipReader, name: string): AsyncGenerator<string> {
  const stream: Readable = await zip.stream(name);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const parts = (rest + decoder.write(chunk)).split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

function notEmpty(tables: string[]): BackupError {
  const list = tables.length > 4 ? `${tables.slice(0, 4).join(', ')} …` : tables.join(', ');
  return backupError(
    `目标数据库不是空的（${list} 已有数据）；加 --force 才会替换其全部数据`,
    `the database is not empty (${list} hold rows): restore --force replaces all of its data`,
  );
}

const damaged = (entry: string, why: string) =>
  backupError(`备份已损坏：${entry}（${why}）`, `the backup is damaged: ${entry} (${why})`);

/** The database's or the file system's own message, without a failed query's text (rows may be confidential). */
function causeOf(error: unknown): string {
  if (error instanceof BackupError) return error.label.en;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message.split('\n')[0]! : String(cause);
}
