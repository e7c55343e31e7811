import { type Executor, queryRows } from '@rectify/db';
import type { ClueKind, IsoDate } from '@rectify/domain';
import { sql } from 'drizzle-orm';

/** 信访举报件 XF-…, 问题线索 XS-…: each numbered per year of receipt, `XS-2018-0001`. */
const SERIAL_PREFIX: Record<ClueKind, string> = { PETITION_REPORT: 'XF', PROBLEM_CLUE: 'XS' };

const SERIAL_LOCK = 7_243_101;

/**
 * The next serial of the kind in the year the case was received. Intakes of the same kind and year wait for
 * each other (a transaction-scoped advisory lock), so two at once never draw the same number.
 */
export async function nextSerial(tx: Executor, kind: ClueKind, receivedDate: IsoDate): Promise<string> {
  const stem = `${SERIAL_PREFIX[kind]}-${receivedDate.slice(0, 4)}-`;
  await tx.execute(sql`select pg_advisory_xact_lock(${SERIAL_LOCK}, hashtext(${stem}))`);
  const [row] = await queryRows<{ n: number | null }>(
    tx,
    sql`select max((substring(serial from ${`^${stem}([0-9]+)$`}))::int) as n from clue_cases
      where serial like ${`${stem}%`}`,
  );
  return `${stem}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}
