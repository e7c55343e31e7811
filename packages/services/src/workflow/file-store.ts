import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Executor } from '@rectify/db';

/** A stored file, addressed by the sha256 of its content. */
export interface StoredFile {
  sha256: string;
  size: number;
}

/**
 * Where evidence files live. Files are addressed by their content hash: the same bytes are the same file, and a
 * file once stored is never replaced. The database keeps what a file is (name, type, task); the store the bytes.
 */
export interface FileStore {
  /**
   * Stores the content under its hash; `created` is false when a file of that hash was there already. A store
   * in the database writes inside `tx` when given, with the record that refers to the file; others ignore it.
   */
  put(content: Uint8Array, tx?: Executor): Promise<StoredFile & { created: boolean }>;
  /** The content of a hash as a stream with its size; null when no such file is stored. */
  open(sha256: string): Promise<{ size: number; stream: Readable } | null>;
  /** Every stored file, with when it was stored (for the clean-up of files no record refers to). */
  list(): AsyncIterable<ListedFile>;
  /** Deletes a stored file; one that is not there is no error. */
  remove(sha256: string): Promise<void>;
}

export interface ListedFile extends StoredFile {
  storedAt: Date;
}

export const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex');

/**
 * A folder on disk: `<root>/ab/cd/abcd…` by hash. A new file is written under a temporary name and then
 * hard-linked into place, which fails rather than overwrites when the name exists — so two uploads of the same
 * file at once both end with the one file, and a stored file is never replaced, even by a writer that crashed.
 */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: Uint8Array): Promise<StoredFile & { created: boolean }> {
    const sha256 = sha256Of(content);
    const target = this.pathOf(sha256);
    const existing = await sizeOf(target);
    if (existing != null)
      return { sha256, size: checkedSize(existing, content.length, sha256), created: false };
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, content, { flag: 'wx', mode: 0o444 });
    try {
      await link(temporary, target);
      return { sha256, size: content.length, created: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const raced = (await sizeOf(target)) ?? -1;
      return { sha256, size: checkedSize(raced, content.length, sha256), created: false };
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  }

  async open(sha256: string): Promise<{ size: number; stream: Readable } | null> {
    if (!SHA256.test(sha256)) return null;
    const file = this.pathOf(sha256);
    const size = await sizeOf(file);
    return size == null ? null : { size, stream: createReadStream(file) };
  }

  async *list(): AsyncIterable<ListedFile> {
    // Only the two levels of hash folders and the hash-named files in them: temporary files are skipped.
    for (const a of await entriesOf(this.root)) {
      for (const b of await entriesOf(path.join(this.root, a))) {
        for (const name of await entriesOf(path.join(this.root, a, b))) {
          if (!SHA256.test(name) || name.slice(0, 2) !== a || name.slice(2, 4) !== b) continue;
          const info = await stat(path.join(this.root, a, b, name)).catch(() => null);
          if (info) yield { sha256: name, size: info.size, storedAt: info.mtime };
        }
      }
    }
  }

  async remove(sha256: string): Promise<void> {
    await unlink(this.pathOf(sha256)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** The names in a folder, sorted; none when it does not exist. */
async function entriesOf(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A stored file of the same hash but another size is damaged: it is reported, never overwritten. */
export function checkedSize(stored: number, expected: number, sha256: string): number {
  if (stored !== expected)
    throw new Error(`stored file ${sha256} is damaged (${stored} bytes, expected ${expected})`);
  return stored;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The data folder, as the API and the CLI find it: RECTIFY_DATA_DIR, else `.data` in the repository. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.RECTIFY_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
}

/** Evidence files under `<data folder>/files`, the default store. */
export function localFileStore(dataDir: string = defaultDataDir()): LocalFileStore {
  return new LocalFileStore(path.join(dataDir, 'files'));
}
