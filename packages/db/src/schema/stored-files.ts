import { sql } from 'drizzle-orm';
import { bigint, check, customType, integer, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Its own schema, outside `public`: a backup carries files through the file store (so that it restores into
 * any store), not as table rows.
 */
export const fileStoreSchema = pgSchema('file_store');

/**
 * File contents kept in the database (evidence, generated reports), addressed by their sha256 so that every
 * server sees the same files and a file is written in the same transaction as the record that refers to it.
 */
export const storedFiles = fileStoreSchema.table(
  'files',
  {
    sha256: text('sha256').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('files_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`)],
);

/** A file's bytes in numbered pieces, so that neither a write nor a read holds a whole large file at once. */
export const storedFileChunks = fileStoreSchema.table(
  'chunks',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.n] })],
);
