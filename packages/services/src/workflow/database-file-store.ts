import { Readable } from 'node:stream';
import { type Executor, storedFileChunks, storedFiles } from '@rectify/db';
import { and, eq } from 'drizzle-orm';
import {
  checkedSize,
  type FileStore,
  type ListedFile,
  SHA256,
  type StoredFile,
  sha256Of,
} from './file-store.js';

/** 256 KiB: a piece small enough to hold per row and per read, large enough that a 50 MB file is 200 rows. */
export const CHUNK_SIZE = 256 * 1024;

/**
 * Files in the database (schema `file_store`), the store of every server on one PostgreSQL. `put` writes inside
 * the caller's transaction when given one, so the bytes commit or roll back with the record that refers to
 * them: a server killed during an upload leaves neither. Two uploads of the same bytes at once meet on the
 * primary key: the second waits for the first and then finds the file there.
 */
export class DatabaseFileStore implements FileStore {
  constructor(private readonly db: Executor) {}

  async put(content: Uint8Array, tx: Executor = this.db): Promise<StoredFile & { created: boolean }> {
    const sha256 = sha256Of(content);
    return tx.transaction(async (t) => {
      const [inserted] = await t
        .insert(storedFiles)
        .values({ sha256, size: content.length })
        .onConflictDoNothing()
        .returning({ sha256: storedFiles.sha256 });
      if (!inserted) {
        const [existing] = await t
          .select({ size: storedFiles.size })
          .from(storedFiles)
          .where(eq(storedFiles.sha256, sha256));
        return { sha256, size: checkedSize(existing!.size, content.length, sha256), created: false };
      }
      for (let n = 0; n * CHUNK_SIZE < content.length; n++) {
        const bytes = content.subarray(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE);
        await t.insert(storedFileChunks).values({ sha256, n, bytes });
      }
      return { sha256, size: content.length, created: true };
    });
  }

  async open(sha256: string): Promise<{ size: number; stream: Readable } | null> {
    if (!SHA256.test(sha256)) return null;
    const [file] = await this.db
      .select({ size: storedFiles.size })
      .from(storedFiles)
      .where(eq(storedFiles.sha256, sha256));
    if (!file) return null;
    const chunks = Math.ceil(file.size / CHUNK_SIZE);
    const db = this.db;
    // One piece per read, so a download holds at most one chunk of the file in memory.
    async function* pieces() {
      for (let n = 0; n < chunks; n++) {
        const [chunk] = await db
          .select({ bytes: storedFileChunks.bytes })
          .from(storedFileChunks)
          .where(and(eq(storedFileChunks.sha256, sha256), eq(storedFileChunks.n, n)));
        if (!chunk) throw new Error(`stored file ${sha256} is damaged (piece ${n} of ${chunks} is missing)`);
        yield Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
      }
    }
    return { size: file.size, stream: Readable.from(pieces()) };
  }

  async *list(): AsyncIterable<ListedFile> {
    const rows = await this.db
      .select({ sha256: storedFiles.sha256, size: storedFiles.size, storedAt: storedFiles.createdAt })
      .from(storedFiles)
      .orderBy(storedFiles.sha256);
    yield* rows;
  }

  async remove(sha256: string): Promise<void> {
    // Its pieces go with it (on delete cascade).
    await this.db.delete(storedFiles).where(eq(storedFiles.sha256, sha256));
  }
}
