import { buffer } from 'node:stream/consumers';
import type { Executor } from '@rectify/db';
import { referencedFiles } from '../backup/stored-files.js';
import type { FileStore } from './file-store.js';

export interface CopiedFiles {
  /** Files the database refers to. */
  referenced: number;
  /** Written to the target (the rest were there already). */
  copied: number;
  /** Referenced but in neither store: the operator's to find. */
  missing: string[];
}

/**
 * Copies every file the database refers to from one store to another (moving a single server's folder into
 * the database, say). Content-addressed on both sides, so it can be run again after a partial run.
 */
export async function copyFiles(db: Executor, from: FileStore, to: FileStore): Promise<CopiedFiles> {
  const result: CopiedFiles = { referenced: 0, copied: 0, missing: [] };
  for (const sha256 of await referencedFiles(db)) {
    result.referenced++;
    const present = await to.open(sha256);
    if (present) {
      present.stream.destroy();
      continue;
    }
    const source = await from.open(sha256);
    if (!source) {
      result.missing.push(sha256);
      continue;
    }
    const stored = await to.put(await buffer(source.stream));
    if (stored.sha256 !== sha256) throw new Error(`file ${sha256} changed on the way (${stored.sha256})`);
    result.copied++;
  }
  return result;
}
