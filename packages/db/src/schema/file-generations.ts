import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './access.js';
import { createdAt, id } from './columns.js';
import { generatedDocument } from './enums.js';

/**
 * A file someone asked the job queue to generate from the ledger (a large progress report or export): what
 * was asked for, by whom, the job doing it, and once done the file in the file store (by its sha256).
 */
export const fileGenerations = pgTable(
  'file_generations',
  {
    id: id(),
    document: generatedDocument('document').notNull(),
    /** The document's own parameters (inspection, format, sheet), as its renderer reads them. */
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
    requestedById: integer('requested_by_id')
      .notNull()
      .references(() => users.id),
    /** The GENERATE_FILE job in the queue (pg-boss), which says whether it is queued, running or failed. */
    jobId: uuid('job_id').notNull(),
    fileName: text('file_name'),
    contentType: text('content_type'),
    size: bigint('size', { mode: 'number' }),
    sha256: text('sha256'),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('file_generations_requested_by_idx').on(t.requestedById, t.createdAt.desc())],
);
