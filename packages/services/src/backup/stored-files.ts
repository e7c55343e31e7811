import { type Executor, evidence, fileGenerations, queryRows, reportDrafts } from '@rectify/db';
import { sql } from 'drizzle-orm';

/**
 * The columns that hold the sha256 of a file in the file store: a backup carries every file they name, read
 * through the FileStore (whichever store that is), and a restore puts them back through it.
 */
export const storedFileColumns = [
  evidence.sha256,
  fileGenerations.sha256,
  reportDrafts.docxSha256,
  reportDrafts.htmlSha256,
];

/** The files the database refers to, each once, in hash order. */
export async function referencedFiles(db: Executor): Promise<string[]> {
  const selects = storedFileColumns.map((column) => sql`select ${column} as sha256 from ${column.table}`);
  const rows = await queryRows<{ sha256: string }>(
    db,
    sql`select distinct sha256 from (${sql.join(selects, sql` union `)}) f where sha256 is not null order by 1`,
  );
  return rows.map((row) => row.sha256);
}
