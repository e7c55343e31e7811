import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Transaction } from '../client.js';
import { queryRows } from '../query-rows.js';
import { type TablePlan, tableIdentifier, tableOrderBy } from './table-plan.js';

/** Rows fetched per round trip: a large table streams through, never held whole. */
const DUMP_BATCH_ROWS = 1000;

let cursors = 0;

/**
 * The rows of a table as JSON lines, in primary-key order, written by PostgreSQL itself (`row_to_json`): every
 * type keeps its exact value (microseconds, jsonb, arrays, enums) and both drivers give the same text. Reads
 * through a cursor, so it must run inside a transaction; set its time zone to UTC for a stable text.
 */
export async function* tableLines(
  tx: Transaction,
  plan: TablePlan,
  batchRows = DUMP_BATCH_ROWS,
): AsyncGenerator<string> {
  if (!Number.isInteger(batchRows) || batchRows < 1) throw new Error(`batch of ${batchRows} rows`);
  const cursor = sql.identifier(`rectify_dump_${++cursors}`);
  await tx.execute(
    sql`declare ${cursor} no scroll cursor for
        select row_to_json(t)::text as line from ${tableIdentifier(plan)} t order by ${tableOrderBy(plan)}`,
  );
  try {
    for (;;) {
      const rows = await queryRows<{ line: string }>(
        tx,
        sql`fetch forward ${sql.raw(String(batchRows))} from ${cursor}`,
      );
      for (const row of rows) yield row.line;
      if (rows.length < batchRows) return;
    }
  } finally {
    // After a failed statement the transaction is aborted and the cursor gone with it.
    await tx.execute(sql`close ${cursor}`).catch(() => undefined);
  }
}

/** A table's content as a backup states it: its row count and the sha256 of its JSON lines. */
export interface TableDigest {
  rows: number;
  sha256: string;
}

/** Hashes JSON lines exactly as they are written to a backup: each line, then a newline, in UTF-8. */
export class LineDigest {
  private readonly hash = createHash('sha256');
  rows = 0;
  bytes = 0;

  /** Adds a line; returns its bytes as written. */
  add(line: string): Buffer {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    this.hash.update(bytes);
    this.rows++;
    this.bytes += bytes.length;
    return bytes;
  }

  digest(): TableDigest {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}

/** The digest of a table as it stands in this transaction: what a restore compares with the backup's. */
export async function tableDigest(tx: Transaction, plan: TablePlan): Promise<TableDigest> {
  const digest = new LineDigest();
  for await (const line of tableLines(tx, plan)) digest.add(line);
  return digest.digest();
}
