import {
  type ClueStatus,
  DEFAULT_WARNING_SETTINGS,
  daysUntil,
  type IsoDate,
  type WarningLevel,
  type WarningSettings,
} from '@rectify/domain';
import type { clueCases } from '@rectify/db';
import { type SQL, sql } from 'drizzle-orm';
import { inFilter } from '../read/filters.js';
import type { Row } from '../read/registry-types.js';
import { isClueOpen, OPEN_CLUE_STATUSES } from './clue-rules.js';

/** The facts of a case that its deadline warning depends on. */
export interface ClueDeadlineFacts {
  status: ClueStatus;
  deadline: IsoDate | null;
  duplicateOfId: number | null;
}

/** Only an open case that is not a duplicate (disposed with its first intake) runs against a deadline. */
const runsAgainstDeadline = (c: ClueDeadlineFacts) =>
  isClueOpen(c.status) && c.duplicateOfId == null && c.deadline != null;

/**
 * Green on track, yellow near the deadline (within the office's `yellowDays`), red past it — as for tasks,
 * computed at each read and never stored.
 */
export function clueWarningLevel(
  c: ClueDeadlineFacts,
  today: IsoDate,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): WarningLevel {
  if (!runsAgainstDeadline(c)) return 'NONE';
  const days = daysUntil(c.deadline!, today);
  if (days < 0) return 'RED';
  if (days <= settings.yellowDays) return 'YELLOW';
  return 'GREEN';
}

export const clueDaysLeft = (c: ClueDeadlineFacts, today: IsoDate): number | null =>
  runsAgainstDeadline(c) ? daysUntil(c.deadline!, today) : null;

type ClueCaseRow = Row<typeof clueCases>;

/** The SQL twin of runsAgainstDeadline, of a `clue_cases` row under its alias. */
export const runsAgainstDeadlineSql = (c: ClueCaseRow): SQL =>
  sql`(${inFilter(c.status, OPEN_CLUE_STATUSES)} and ${c.duplicateOfId} is null and ${c.deadline} is not null)`;

/** The SQL twin of clueWarningLevel, of a `clue_cases` row: a test checks they agree on every case. */
export function clueWarningSql(
  c: ClueCaseRow,
  levels: readonly WarningLevel[],
  today: IsoDate,
  yellowDays: number,
): SQL {
  const d = c.deadline;
  const running = runsAgainstDeadlineSql(c);
  const yellowUntil = sql`(${today}::date + ${yellowDays}::int)`;
  const byLevel: Record<WarningLevel, SQL> = {
    RED: sql`(${running} and ${d} < ${today})`,
    YELLOW: sql`(${running} and ${d} >= ${today} and ${d} <= ${yellowUntil})`,
    GREEN: sql`(${running} and ${d} > ${yellowUntil})`,
    NONE: sql`(not ${running})`,
  };
  if (levels.length === 0) return sql`false`;
  return sql`(${sql.join(
    levels.map((l) => byLevel[l]),
    sql` or `,
  )})`;
}
