import type { Executor } from '@rectify/db';
import { referencedFiles } from '../backup/stored-files.js';
import type { FileStore, ListedFile } from './file-store.js';

export interface CollectedFiles {
  /** Stored files some record refers to: kept. */
  kept: number;
  /** Unreferenced and old enough: removed (or, on a dry run, listed to be). */
  removed: ListedFile[];
  /** Unreferenced but stored since `storedBefore`: kept, as their record may not have committed yet. */
  recent: number;
}

/**
 * Removes the stored files no record refers to: the bytes of uploads whose record never committed (the folder
 * and S3 stores write the bytes first) and of records since deleted. A file stored since `storedBefore` is
 * kept, because its upload may still be committing its record; the referenced set is read after listing, so a
 * record committed meanwhile keeps its file too.
 */
export async function collectUnreferencedFiles(
  db: Executor,
  files: FileStore,
  options: { storedBefore: Date; dryRun: boolean },
): Promise<CollectedFiles> {
  const listed: ListedFile[] = [];
  for await (const file of files.list()) listed.push(file);
  const referenced = new Set(await referencedFiles(db));
  const result: CollectedFiles = { kept: 0, removed: [], recent: 0 };
  for (const file of listed) {
    if (referenced.has(file.sha256)) result.kept++;
    else if (file.storedAt >= options.storedBefore) result.recent++;
    else {
      if (!options.dryRun) await files.remove(file.sha256);
      result.removed.push(file);
    }
  }
  return result;
}
